package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.elbasar.account.domain.Person;
import org.elbasar.member.domain.Organisation;
import org.elbasar.member.domain.OrganisationStatus;
import org.elbasar.testing.Api;
import org.elbasar.testing.Contract;
import org.elbasar.testing.EventInputs;
import org.elbasar.testing.ExchangeInputs;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Images;
import org.elbasar.testing.OpportunityInputs;
import org.elbasar.testing.OrganisationInputs;
import org.elbasar.testing.Items;
import org.elbasar.testing.Partners;
import org.elbasar.testing.ProbeJob;
import org.elbasar.testing.SignupForms;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: every operation of the published contract, called by every kind of caller, on
 * resources of organisation A. The expected status of each call is in src/test/resources/access-matrix.csv,
 * one line per operation ("METHOD /path"), one column per caller:
 * <ul>
 * <li>anon: no token; memberA, adminA: a member and an organisation admin of A; memberB: a member of another
 * organisation, B, on A's resources; animator, admin: the platform roles;</li>
 * <li>partner: a partner client's token with the scope the operation needs (all scopes outside the partner API);
 * partnerNoScope: the same client's token without it.</li>
 * </ul>
 * A cell holds the exact status, or "ok" where only "let through" can be asserted (neither 401, 403 nor 404, nor
 * 5xx: the reason is given where the call is prepared).
 * Each call gets resources of its own, so that the order of the calls does not matter; calls that change the
 * caller (password change, erasure) are made by a person of their own, of the column's kind.
 * An operation may have more lines, one per state of the resource it is called on, named in brackets after it
 * ("GET /api/v1/photos/{photoId} [hidden offer]"): every state that is not public must be tried on the operations that
 * read it or take its id, and a feed's line may also require that the feed does not show the resource.
 * The test fails when an operation of the contract has no line, when a line names an operation that is gone,
 * and with the full list of unexpected answers; target/access-matrix-observed.csv is the table as observed.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String TABLE = "/access-matrix.csv";
    private static final String ALLOWED = "ok";
    private static final String API = "/api/v1";
    private static final List<String> SCOPES = List.of("catalog:read", "organisations:read", "opportunities:write", "webhooks:manage");
    /** Operations that change or end the caller: each call is made by a person of its own. */
    private static final Set<String> CHANGE_THE_CALLER = Set.of("POST /api/v1/me/erasure", "POST /api/v1/me/password");
    private static final byte[] PNG = Images.png(40, 30);

    enum Role {
        ANON("anon"), MEMBER_A("memberA"), ADMIN_A("adminA"), MEMBER_B("memberB"), ANIMATOR("animator"), ADMIN("admin"),
        PARTNER("partner"), PARTNER_NO_SCOPE("partnerNoScope");

        final String column;

        Role(String column) {
            this.column = column;
        }
    }

    /** One request: where, with what, as whom. */
    private static final class Call {
        String path;
        Object body;
        Map<String, String> form;
        boolean image;
        String hidden;
        final Map<String, Object> query = new HashMap<>();
        final Map<String, String> headers = new HashMap<>();

        Call(String path) {
            this.path = path;
        }

        Call body(Object body) {
            this.body = body;
            return this;
        }

        Call query(String name, Object value) {
            query.put(name, value);
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call image() {
            image = true;
            return this;
        }

        Call form(Map<String, String> form) {
            this.form = form;
            return this;
        }

        /** A text the answer must not contain, whatever its status: the title of a resource its audience excludes. */
        Call hiding(String text) {
            hidden = text;
            return this;
        }
    }

    @Inject
    Fixtures fixtures;

    private Organisation a;
    private Organisation b;
    private Organisation c;
    private final Map<Role, String> tokens = new HashMap<>();
    private String memberOfA;
    private String memberOfC;
    private String animator;
    private String admin;
    private Partners.Client partner;
    private final Map<String, String> partnerTokens = new HashMap<>();
    private Person loginPerson;
    private final AtomicInteger months = new AtomicInteger();

    @Test
    void everyCallerGetsWhatTheTableSays() {
        long started = System.nanoTime();
        Contract contract = Contract.served();
        Map<String, Map<Role, String>> table = table();
        List<String> failures = new ArrayList<>();

        Set<String> operations = new TreeSet<>();
        contract.operations().forEach(operation -> operations.add(operation.key()));
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(table.keySet());
        if (!missing.isEmpty()) {
            failures.add(missing.size() + " operation(s) of the contract have no line in " + TABLE + ": " + missing);
        }
        Set<String> gone = new TreeSet<>();
        table.keySet().stream().filter(line -> !operations.contains(operationOf(line))).forEach(gone::add);
        if (!gone.isEmpty()) {
            failures.add(gone.size() + " line(s) of " + TABLE + " name operations the contract no longer has: " + gone);
        }

        callers();
        int requests = 0;
        List<String> observed = new ArrayList<>();
        observed.add(String.join(",", columns()));
        for (Contract.Operation operation : contract.operations()) {
            for (Map.Entry<String, Map<Role, String>> line : table.entrySet()) {
                if (!operationOf(line.getKey()).equals(operation.key())) {
                    continue;
                }
                StringBuilder row = new StringBuilder(line.getKey());
                for (Role role : Role.values()) {
                    String cell = line.getValue().get(role);
                    Call call = prepare(line.getKey(), role);
                    Response response = send(operation, role, call);
                    requests++;
                    int status = response.statusCode();
                    row.append(',').append(status);
                    if (!matches(cell, status)) {
                        failures.add(line.getKey() + " as " + role.column + ": expected " + cell + ", got " + status + " "
                                + abbreviate(response.asString()));
                    } else if (call.hidden != null && response.asString().contains(call.hidden)) {
                        failures.add(line.getKey() + " as " + role.column + ": shows \"" + call.hidden + "\"");
                    }
                }
                observed.add(row.toString());
            }
        }
        write(observed);
        System.out.printf("Access matrix: %d operations (%d lines) × %d roles, %d requests, %d unexpected (%d s)%n", operations.size(),
                table.size(), Role.values().length,
                requests, failures.size(), (System.nanoTime() - started) / 1_000_000_000);
        assertEquals("", String.join("\n", failures), failures.size() + " unexpected");
    }

    /** The operation a line of the table is about: its first cell without the state in brackets. */
    private static String operationOf(String line) {
        int state = line.indexOf(" [");
        return state < 0 ? line : line.substring(0, state);
    }

    private static boolean matches(String expected, int status) {
        if (ALLOWED.equals(expected)) {
            return status < 500 && status != 401 && status != 403 && status != 404;
        }
        return Integer.parseInt(expected) == status;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("operation"));
        Arrays.stream(Role.values()).forEach(role -> columns.add(role.column));
        return columns;
    }

    private static Map<String, Map<Role, String>> table() {
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream(TABLE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = Arrays.stream(lines.get(0).split(",")).map(String::trim).toList();
            assertEquals(columns(), header, "the header of " + TABLE);
            Map<String, Map<Role, String>> table = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                assertEquals(header.size(), cells.length, "cells of " + line);
                Map<Role, String> row = new HashMap<>();
                for (Role role : Role.values()) {
                    String cell = cells[header.indexOf(role.column)].trim();
                    if (!cell.equals(ALLOWED) && !cell.matches("[1-5]\\d\\d")) {
                        throw new IllegalArgumentException("not a status nor ok: " + cell + " in " + line);
                    }
                    row.put(role, cell);
                }
                if (table.put(cells[0].trim(), row) != null) {
                    throw new IllegalArgumentException("two lines for " + cells[0]);
                }
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(List<String> observed) {
        try {
            Files.write(Path.of("target", "access-matrix-observed.csv"), observed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void callers() {
        a = fixtures.activeOrganisation();
        b = fixtures.activeOrganisation();
        c = fixtures.activeOrganisation();
        memberOfA = fixtures.token(fixtures.member(a.id));
        memberOfC = fixtures.token(fixtures.member(c.id));
        animator = fixtures.token(fixtures.animator());
        admin = fixtures.token(fixtures.admin());
        tokens.put(Role.MEMBER_A, memberOfA);
        tokens.put(Role.ADMIN_A, fixtures.token(fixtures.orgAdmin(a.id)));
        tokens.put(Role.MEMBER_B, fixtures.token(fixtures.member(b.id)));
        tokens.put(Role.ANIMATOR, animator);
        tokens.put(Role.ADMIN, admin);
        partner = Partners.register(admin, SCOPES.toArray(String[]::new));
        loginPerson = fixtures.member(c.id);
    }

    /**
     * The caller's token. The partner's holds the scope the operation needs (all scopes outside the partner API), the
     * partnerNoScope's another one.
     */
    private String token(Contract.Operation operation, Role role) {
        String security = operation.node().path("security").toString();
        String scope = SCOPES.stream().filter(security::contains).findFirst().orElse(null);
        return switch (role) {
            case ANON -> null;
            case PARTNER -> scope == null ? partner.token() : partnerToken(scope);
            case PARTNER_NO_SCOPE -> partnerToken(SCOPES.stream().filter(s -> !s.equals(scope)).findFirst().orElseThrow());
            default -> CHANGE_THE_CALLER.contains(operation.key()) ? fixtures.token(freshPerson(role)) : tokens.get(role);
        };
    }

    private String partnerToken(String scope) {
        return partnerTokens.computeIfAbsent(scope, partner::token);
    }

    private Person freshPerson(Role role) {
        return switch (role) {
            case MEMBER_A -> fixtures.member(a.id);
            case ADMIN_A -> fixtures.orgAdmin(a.id);
            case MEMBER_B -> fixtures.member(b.id);
            case ANIMATOR -> fixtures.animator();
            case ADMIN -> fixtures.admin();
            default -> throw new IllegalArgumentException(role.name());
        };
    }

    private Response send(Contract.Operation operation, Role role, Call call) {
        RequestSpecification request = RestAssured.given().header("Accept", "application/json, application/problem+json, */*");
        String token = token(operation, role);
        if (token != null) {
            request.auth().oauth2(token);
        }
        call.headers.forEach(request::header);
        call.query.forEach(request::queryParam);
        if (call.image) {
            request.multiPart("file", "matrix.png", PNG, "image/png");
        } else if (call.form != null) {
            request.contentType(ContentType.URLENC).formParams(call.form);
        } else {
            // as clients send JSON, even with no body
            request.contentType(ContentType.JSON);
            if (call.body != null) {
                request.body(call.body);
            }
        }
        return request.request(operation.method(), call.path);
    }

    /** The request for one cell, with resources of its own. */
    private Call prepare(String operation, Role role) {
        String path = operationOf(operation).substring(operation.indexOf(' ') + 1);
        if (!operation.equals(operationOf(operation))) {
            return prepareIn(operationOf(operation), operation.substring(operation.indexOf(" [") + 2, operation.length() - 1), path, role);
        }
        return switch (operation) {
            // public reading
            case "GET /api/v1/about", "GET /api/v1/categories", "GET /api/v1/charter", "GET /api/v1/charter/versions",
                    "GET /api/v1/events", "GET /api/v1/events/calendar.ics", "GET /api/v1/organisations", "GET /api/v1/sectors",
                    "GET /api/v1/territories", "GET /api/v1/testimonials", "GET /api/v1/valuation-rules", "GET /api/v1/newsletters" ->
                new Call(path);
            case "GET /api/v1/{kind}" -> new Call(API + "/offers");
            case "GET /api/v1/feeds/{topic}.{format}" -> new Call(API + "/feeds/offers.rss");
            case "GET /api/v1/territories/{id}" -> new Call(API + "/territories/commune:59350");

            // signing in and out
            // from an address of its own, which other tests' failed sign-ins cannot have locked out
            case "POST /api/v1/auth/login" -> new Call(path).header("X-Forwarded-For", "10.66." + (int) (Math.random() * 250) + ".1")
                    .body(Map.of("email", loginPerson.email, "password", Fixtures.PASSWORD));
            // no refresh cookie: the cookie, not the bearer token, is what these two act on
            case "POST /api/v1/auth/logout", "POST /api/v1/auth/refresh" -> new Call(path);
            case "POST /api/v1/auth/password-reset" -> new Call(path).body(Map.of("email", loginPerson.email));
            case "POST /api/v1/auth/signup" -> {
                Map<String, Object> form = SignupForms.valid(Fixtures.unique("Matrice"), Fixtures.unique("signup") + "@matrix.example");
                form.put("charterVersion", Api.anonymous().get(API + "/charter").then().extract().path("version"));
                yield new Call(path).body(form);
            }
            case "POST /api/v1/oauth/token" -> new Call(path).form(Map.of("grant_type", "client_credentials", "client_id", partner.id(),
                    "client_secret", partner.secret(), "scope", "catalog:read"));

            // links sent by email: the token in the path is the credential, whoever calls; a guessed one is not found
            case "POST /api/v1/auth/password-reset/confirm" -> new Call(path)
                    .body(Map.of("token", UUID.randomUUID().toString(), "newPassword", "Une-autre-phrase-solide-2"));
            case "POST /api/v1/catalog/extensions/{token}", "GET /api/v1/follow-ups/{token}", "GET /api/v1/invitations/{token}",
                    "POST /api/v1/newsletter/subscribers/confirm/{token}", "GET /api/v1/newsletter/subscription/{token}",
                    "POST /api/v1/newsletter/unsubscribe/{token}" ->
                new Call(path.replace("{token}", UUID.randomUUID().toString()));
            // the tests' own job (ProbeJob): it does nothing but count
            case "POST /api/v1/admin/jobs/{name}/runs" -> new Call(path.replace("{name}", ProbeJob.NAME));
            case "POST /api/v1/follow-ups/{token}" -> new Call(path.replace("{token}", UUID.randomUUID().toString()))
                    .body(Map.of("answer", "YES"));
            case "POST /api/v1/invitations/{token}/accept" -> new Call(path.replace("{token}", UUID.randomUUID().toString()))
                    .body(Map.of("firstName", "Camille", "lastName", "Durand", "password", "Une-phrase-de-passe-solide", "locale", "fr",
                            "charterVersion", 1, "acceptCharter", true));
            case "PUT /api/v1/newsletter/subscription/{token}" -> new Call(path.replace("{token}", UUID.randomUUID().toString()))
                    .body(Map.of("subscribed", false));
            case "POST /api/v1/saved-searches/unsubscribe" -> new Call(path).query("token", UUID.randomUUID().toString());

            // reference data
            case "PUT /api/v1/categories/{code}" -> new Call(API + "/categories/" + Fixtures.unique("matrix"))
                    .body(Map.of("parentCode", "transport", "nameFr", "Catégorie d'essai", "nameEn", "Test category"));
            case "DELETE /api/v1/categories/{code}" -> {
                String code = Fixtures.unique("matrix");
                Api.as(admin).body(Map.of("parentCode", "transport", "nameFr", "À supprimer", "nameEn", "To delete"))
                        .put(API + "/categories/" + code).then().statusCode(200);
                yield new Call(API + "/categories/" + code);
            }
            case "PUT /api/v1/sectors/{code}" -> {
                String code = Fixtures.unique("matrix");
                yield new Call(API + "/sectors/" + code).body(Map.of("code", code, "nameFr", "Secteur d'essai", "nameEn", "Test sector"));
            }
            case "DELETE /api/v1/sectors/{code}" -> {
                String code = Fixtures.unique("matrix");
                Api.as(admin).body(Map.of("code", code, "nameFr", "À supprimer", "nameEn", "To delete")).put(API + "/sectors/" + code)
                        .then().statusCode(200);
                yield new Call(API + "/sectors/" + code);
            }
            case "GET /api/v1/charter/acceptances" -> new Call(path);
            // the current text again, so that the charter other tests read stays the same
            case "POST /api/v1/charter/versions" -> new Call(path).body(OrganisationInputs.charterAsItIs());
            case "POST /api/v1/valuation-rules" -> new Call(path)
                    .body(Map.of("kind", "SKILLED_WORK", "method", "HOURLY_RATE", "rate", 40, "effectiveFrom", "2099-01-01"));
            case "GET /api/v1/audit-log", "GET /api/v1/admin/jobs" -> new Call(path);

            // events memberA organises: an event is its organiser's, not its organisation's
            case "POST /api/v1/events" -> new Call(path).body(EventInputs.apero(LocalDateTime.now().plusDays(30).withNano(0), 20));
            case "GET /api/v1/events/mine" -> new Call(path);
            // a proposal: visible to its organiser and the staff only
            case "GET /api/v1/events/{id}" -> new Call(API + "/events/" + pendingEvent());
            case "PUT /api/v1/events/{id}" -> {
                String id = pendingEvent();
                yield new Call(API + "/events/" + id).header("If-Match", etag(API + "/events/" + id, memberOfA))
                        .body(EventInputs.apero(LocalDateTime.now().plusDays(31).withNano(0), 30));
            }
            case "POST /api/v1/events/{id}/approve" -> new Call(API + "/events/" + pendingEvent() + "/approve");
            case "POST /api/v1/events/{id}/reject" -> new Call(API + "/events/" + pendingEvent() + "/reject")
                    .body(Map.of("reason", "Hors du champ du réseau"));
            case "GET /api/v1/events/{id}/attendees", "GET /api/v1/events/{id}/attendees.csv", "GET /api/v1/events/{id}/calendar.ics",
                    "POST /api/v1/events/{id}/registrations" ->
                new Call(path.replace("{id}", publishedEvent()));
            case "POST /api/v1/events/{id}/cancel" -> new Call(API + "/events/" + publishedEvent() + "/cancel")
                    .body(Map.of("reason", "La salle n'est plus disponible"));
            case "POST /api/v1/events/{id}/attendees/{registrationId}/check-in" -> {
                String event = publishedEvent();
                yield new Call(API + "/events/" + event + "/attendees/" + registration(event, memberOfC) + "/check-in");
            }
            case "DELETE /api/v1/events/{id}/attendees/{registrationId}/check-in" -> {
                String event = publishedEvent();
                String checkIn = API + "/events/" + event + "/attendees/" + registration(event, memberOfC) + "/check-in";
                Api.as(animator).post(checkIn).then().statusCode(200);
                yield new Call(checkIn);
            }
            case "PUT /api/v1/events/{id}/image" -> new Call(API + "/events/" + publishedEvent() + "/image").image();
            case "DELETE /api/v1/events/{id}/image", "GET /api/v1/events/{id}/image" -> {
                String event = publishedEvent();
                RestAssured.given().auth().oauth2(animator).multiPart("file", "matrix.png", PNG, "image/png")
                        .put(API + "/events/" + event + "/image").then().statusCode(200);
                yield new Call(API + "/events/" + event + "/image");
            }
            // a registration of memberA
            case "POST /api/v1/registrations/{id}/cancel" -> new Call(API + "/registrations/" + registration(publishedEvent(), memberOfA)
                    + "/cancel");
            case "GET /api/v1/me/registrations" -> new Call(path);

            // exchanges between A and C
            case "GET /api/v1/exchanges" -> new Call(path);
            case "POST /api/v1/exchanges" -> new Call(path).body(ExchangeInputs.skillsSponsorship(a, c, 4));
            case "GET /api/v1/exchanges/{id}" -> new Call(API + "/exchanges/" + declared(memberOfA, a, c));
            // only a disputed exchange is corrected, by the side that declared it
            case "PUT /api/v1/exchanges/{id}" -> {
                String id = declared(memberOfA, a, c);
                Api.as(memberOfC).body(Map.of("reason", "Ce n'était que 2 heures")).post(API + "/exchanges/" + id + "/dispute").then()
                        .statusCode(200);
                yield new Call(API + "/exchanges/" + id).body(ExchangeInputs.skillsSponsorship(a, c, 4));
            }
            case "POST /api/v1/exchanges/{id}/cancel" -> new Call(API + "/exchanges/" + declared(memberOfA, a, c) + "/cancel")
                    .body(Map.of("reason", "Déclaré par erreur"));
            // declared by C: A is the side that answers
            case "POST /api/v1/exchanges/{id}/confirm" -> new Call(API + "/exchanges/" + declared(memberOfC, c, a) + "/confirm")
                    .body(Map.of("note", "Merci !"));
            case "POST /api/v1/exchanges/{id}/dispute" -> new Call(API + "/exchanges/" + declared(memberOfC, c, a) + "/dispute")
                    .body(Map.of("reason", "Ce n'était que 2 heures"));
            case "PUT /api/v1/exchanges/{id}/agreement" -> new Call(API + "/exchanges/" + declared(memberOfA, a, c) + "/agreement")
                    .body(terms());
            case "GET /api/v1/exchanges/{id}/agreement" -> new Call(API + "/exchanges/" + drafted() + "/agreement");
            case "POST /api/v1/exchanges/{id}/agreement/accept" -> {
                String agreement = API + "/exchanges/" + drafted() + "/agreement";
                String hash = Api.as(memberOfA).get(agreement).then().statusCode(200).extract().path("sha256");
                yield new Call(agreement + "/accept").body(Map.of("sha256", hash));
            }
            case "PUT /api/v1/exchanges/{id}/testimonial" -> new Call(API + "/exchanges/" + confirmed() + "/testimonial")
                    .body(Map.of("text", "Un coup de main précieux."));
            case "POST /api/v1/exchanges/{id}/testimonial/consent" -> {
                String id = confirmed();
                Api.as(memberOfA).body(Map.of("text", "Un coup de main précieux.")).put(API + "/exchanges/" + id + "/testimonial").then()
                        .statusCode(200);
                yield new Call(API + "/exchanges/" + id + "/testimonial/consent").body(Map.of("publish", true));
            }

            // the hotline, on a request of A
            case "GET /api/v1/hotline/cases", "GET /api/v1/hotline/figures", "GET /api/v1/hotline/matches", "GET /api/v1/hotline/staff" ->
                new Call(path);
            case "GET /api/v1/hotline/cases/{requestId}" -> new Call(API + "/hotline/cases/" + request(memberOfA));
            case "PUT /api/v1/hotline/cases/{requestId}" -> new Call(API + "/hotline/cases/" + request(memberOfA))
                    .body(Map.of("status", "IN_PROGRESS"));
            case "POST /api/v1/hotline/cases/{requestId}/notes" -> new Call(API + "/hotline/cases/" + request(memberOfA) + "/notes")
                    .body(Map.of("text", "Rappelée ce matin."));
            case "POST /api/v1/hotline/needs" -> {
                Map<String, Object> need = new HashMap<>();
                need.put("organisationId", a.id);
                need.put("channel", "PHONE");
                need.put("request", Items.loan("Cherche une remorque " + Fixtures.unique("n"), "Pour un déménagement."));
                yield new Call(path).body(need);
            }
            case "GET /api/v1/requests/{id}/suggestions" -> new Call(API + "/requests/" + request(memberOfA) + "/suggestions");

            // introductions of C's request to A's offer: A is the side asked
            case "GET /api/v1/introductions" -> new Call(path);
            // members ask for themselves; the staff introduce a request to an offer
            case "POST /api/v1/introductions" -> {
                String offer = Items.publish(memberOfC, "offers", Items.loan("Prête un diable " + Fixtures.unique("o"), "Diable."));
                yield new Call(path).body(role == Role.ANIMATOR || role == Role.ADMIN
                        ? Map.of("requestId", request(memberOfA), "offerId", offer, "message", "Je vous présente.")
                        : Map.of("offerId", offer, "message", "Votre diable nous intéresse."));
            }
            case "GET /api/v1/introductions/{id}", "POST /api/v1/introductions/{id}/accept", "POST /api/v1/introductions/{id}/decline" ->
                new Call(path.replace("{id}", introduction()));
            case "POST /api/v1/introductions/{id}/outcome" -> new Call(API + "/introductions/" + introduction() + "/outcome")
                    .body(Map.of("outcome", "NO_FOLLOW_UP"));

            // impact
            case "GET /api/v1/impact/export" -> new Call(path).query("format", "csv");
            case "GET /api/v1/impact/graph", "GET /api/v1/impact/network" -> new Call(path);
            case "GET /api/v1/impact/organisations/{id}" -> new Call(API + "/impact/organisations/" + a.id);
            case "GET /api/v1/impact/organisations/{id}/years/{year}" -> new Call(API + "/impact/organisations/" + a.id + "/years/"
                    + LocalDate.now().getYear());
            case "GET /api/v1/impact/sectors/{code}" -> new Call(API + "/impact/sectors/reuse");
            case "GET /api/v1/impact/territories/{territoryId}" -> new Call(API + "/impact/territories/departement:59");

            // organisation A and its people
            case "GET /api/v1/organisations/{id}", "GET /api/v1/organisations/{id}/data" -> new Call(path.replace("{id}", a.id.toString()));
            case "PUT /api/v1/organisations/{id}" -> new Call(API + "/organisations/" + a.id)
                    .header("If-Match", etag(API + "/organisations/" + a.id, memberOfA)).body(organisation(a.name));
            case "GET /api/v1/organisations/{organisationId}/invitations", "GET /api/v1/organisations/{organisationId}/people" ->
                new Call(path.replace("{organisationId}", a.id.toString()));
            case "GET /api/v1/organisations/{organisationId}/items" -> new Call(API + "/organisations/" + a.id + "/items").query("kind", "OFFER");
            case "POST /api/v1/organisations/{organisationId}/invitations" -> new Call(API + "/organisations/" + a.id + "/invitations")
                    .body(Map.of("email", Fixtures.unique("invited") + "@matrix.example", "role", "MEMBER"));
            case "DELETE /api/v1/organisations/{organisationId}/invitations/{invitationId}" -> {
                String id = Api.as(tokens.get(Role.ADMIN_A)).body(Map.of("email", Fixtures.unique("invited") + "@matrix.example", "role", "MEMBER"))
                        .post(API + "/organisations/" + a.id + "/invitations").then().statusCode(201).extract().path("id");
                yield new Call(API + "/organisations/" + a.id + "/invitations/" + id);
            }
            case "DELETE /api/v1/organisations/{organisationId}/people/{personId}" -> new Call(API + "/organisations/" + a.id + "/people/"
                    + fixtures.member(a.id).id);
            case "PUT /api/v1/organisations/{organisationId}/people/{personId}/role" -> new Call(API + "/organisations/" + a.id
                    + "/people/" + fixtures.member(a.id).id + "/role").body(Map.of("role", "ORG_ADMIN"));
            case "GET /api/v1/join-requests" -> new Call(path);
            case "POST /api/v1/join-requests/{organisationId}/approve" -> new Call(API + "/join-requests/" + pendingOrganisation() + "/approve");
            case "POST /api/v1/join-requests/{organisationId}/reject" -> new Call(API + "/join-requests/" + pendingOrganisation() + "/reject")
                    .body(Map.of("reason", "Pas une structure de l'économie sociale et solidaire"));

            // the caller's own account
            case "GET /api/v1/me", "GET /api/v1/me/data", "GET /api/v1/me/newsletter" -> new Call(path);
            case "PUT /api/v1/me" -> new Call(path).body(Map.of("firstName", "Camille", "lastName", "Durand", "locale", "fr"));
            case "PUT /api/v1/me/newsletter" -> new Call(path).body(Map.of("subscribed", false));
            case "POST /api/v1/me/erasure" -> new Call(path).body(Map.of("password", Fixtures.PASSWORD));
            case "POST /api/v1/me/password" -> new Call(path)
                    .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "Une-autre-phrase-solide-2"));

            // newsletters
            case "POST /api/v1/newsletter/subscribers" -> new Call(path)
                    .body(Map.of("email", Fixtures.unique("reader") + "@matrix.example", "language", "fr"));
            case "POST /api/v1/newsletters" -> new Call(path).body(Map.of("month", month()));
            // a draft: the staff's only
            case "GET /api/v1/newsletters/{id}", "GET /api/v1/newsletters/{id}/rendered", "POST /api/v1/newsletters/{id}/refresh",
                    "POST /api/v1/newsletters/{id}/test" ->
                new Call(path.replace("{id}", newsletter()));
            case "PUT /api/v1/newsletters/{id}" -> {
                String id = newsletter();
                yield new Call(API + "/newsletters/" + id).header("If-Match", etag(API + "/newsletters/" + id, animator)).body(edit(id));
            }
            case "POST /api/v1/newsletters/{id}/preview" -> {
                String id = newsletter();
                yield new Call(API + "/newsletters/" + id + "/preview").body(Map.of("edit", edit(id), "language", "fr"));
            }
            // sending for real would mail every person of the shared test database: an out-of-date If-Match stops the staff
            // at 412, after the roles let them through
            case "POST /api/v1/newsletters/{id}/send" -> new Call(API + "/newsletters/" + newsletter() + "/send").header("If-Match", "\"999\"");
            case "GET /api/v1/moderation/items" -> new Call(path).query("kind", "OFFER");
            // today's proposal depends on what other tests published and moved the clock to: the staff get one or a 404 ("ok")
            case "GET /api/v1/posts-of-the-day", "GET /api/v1/posts-of-the-day/today" -> new Call(path);
            // for the same reason a post's id is a guessed one: the staff's 404 shows that the roles let them through
            case "PUT /api/v1/posts-of-the-day/{id}" -> new Call(API + "/posts-of-the-day/" + UUID.randomUUID())
                    .body(Map.of("text", "Le post du jour"));
            case "POST /api/v1/posts-of-the-day/{id}/accept", "POST /api/v1/posts-of-the-day/{id}/skip" ->
                new Call(path.replace("{id}", UUID.randomUUID().toString()));

            // partner clients, managed by admins
            case "GET /api/v1/partner-clients" -> new Call(path);
            case "POST /api/v1/partner-clients" -> new Call(path).body(partnerClient());
            case "GET /api/v1/partner-clients/{id}", "POST /api/v1/partner-clients/{id}/rotate-secret", "GET /api/v1/partner-clients/{id}/usage" ->
                new Call(path.replace("{id}", Partners.register(admin, "catalog:read").id()));
            case "PUT /api/v1/partner-clients/{id}" -> {
                String id = Partners.register(admin, "catalog:read").id();
                yield new Call(API + "/partner-clients/" + id).header("If-Match", etag(API + "/partner-clients/" + id, admin))
                        .body(partnerClient());
            }

            // the partner API, on the partner's own opportunities and webhooks
            case "GET /api/v1/partner/market-offers", "GET /api/v1/partner/me", "GET /api/v1/partner/offers",
                    "GET /api/v1/partner/organisations", "GET /api/v1/partner/webhooks" ->
                new Call(path);
            case "POST /api/v1/partner/opportunities" -> new Call(path).header("Idempotency-Key", Fixtures.unique("matrix")).body(OpportunityInputs.need(Fixtures.unique("Traiteur"), null, Fixtures.unique("achats") + "@roubaix.example"));
            case "GET /api/v1/partner/opportunities/{id}" -> {
                String id = Api.as(partner.token()).header("Idempotency-Key", Fixtures.unique("matrix")).body(OpportunityInputs.need(Fixtures.unique("Traiteur"), null, Fixtures.unique("achats") + "@roubaix.example"))
                        .post(API + "/partner/opportunities").then().statusCode(201).extract().path("id");
                yield new Call(API + "/partner/opportunities/" + id);
            }
            case "POST /api/v1/partner/webhooks" -> new Call(path).body(webhook());
            case "DELETE /api/v1/partner/webhooks/{id}", "GET /api/v1/partner/webhooks/{id}", "GET /api/v1/partner/webhooks/{id}/deliveries" ->
                new Call(path.replace("{id}", webhookId()));
            case "POST /api/v1/partner/webhooks/{id}/replay" -> new Call(API + "/partner/webhooks/" + webhookId() + "/replay")
                    .body(Map.of("since", "2026-01-01T00:00:00Z"));
            // a delivery needs an event and a receiver: a guessed delivery of the partner's own webhook shows the same gate
            case "POST /api/v1/partner/webhooks/{id}/deliveries/{deliveryId}/replay" -> new Call(API + "/partner/webhooks/" + webhookId()
                    + "/deliveries/" + UUID.randomUUID() + "/replay");

            // items of A
            case "POST /api/v1/{kind}" -> new Call(API + "/offers").body(Items.loan("Prête une remorque " + Fixtures.unique("o"), "Remorque."));
            // a draft: its organisation's, and the staff's
            case "GET /api/v1/{kind}/{id}", "GET /api/v1/{kind}/{id}/history", "POST /api/v1/{kind}/{id}/publish" ->
                new Call(path.replace("{kind}", "offers").replace("{id}", draft()));
            case "PUT /api/v1/{kind}/{id}" -> {
                String id = draft();
                yield new Call(API + "/offers/" + id).header("If-Match", etag(API + "/offers/" + id, memberOfA))
                        .body(Items.loan("Prête une remorque " + Fixtures.unique("o"), "Remorque révisée."));
            }
            case "POST /api/v1/{kind}/{id}/extend", "POST /api/v1/{kind}/{id}/fulfil", "POST /api/v1/{kind}/{id}/withdraw" ->
                new Call(path.replace("{kind}", "offers").replace("{id}", offer()));
            case "POST /api/v1/{kind}/{id}/hide" -> new Call(API + "/offers/" + offer() + "/hide").body(Map.of("reason", "Annonce en double"));
            case "POST /api/v1/{kind}/{id}/restore" -> {
                String id = offer();
                Api.as(animator).body(Map.of("reason", "Annonce en double")).post(API + "/offers/" + id + "/hide").then().statusCode(200);
                yield new Call(API + "/offers/" + id + "/restore");
            }
            case "POST /api/v1/{kind}/{id}/photos" -> new Call(API + "/offers/" + draft() + "/photos").image();
            case "DELETE /api/v1/{kind}/{id}/photos/{photoId}" -> {
                String id = draft();
                yield new Call(API + "/offers/" + id + "/photos/" + photo(id));
            }
            case "GET /api/v1/photos/{photoId}", "GET /api/v1/photos/{photoId}/thumbnail" -> new Call(path.replace("{photoId}", photo(offer())));

            // saved searches of memberA
            case "GET /api/v1/saved-searches" -> new Call(path);
            case "POST /api/v1/saved-searches" -> new Call(path).body(savedSearch());
            case "DELETE /api/v1/saved-searches/{id}", "GET /api/v1/saved-searches/{id}/matches" -> {
                String id = Api.as(memberOfA).body(savedSearch()).post(API + "/saved-searches").then().statusCode(201).extract().path("id");
                yield new Call(path.replace("{id}", id));
            }
            default -> throw new IllegalStateException("no request prepared for " + operation);
        };
    }

    /** The request for one cell of a line about a resource in a given state. */
    private Call prepareIn(String operation, String state, String path, Role role) {
        return switch (operation) {
            case "GET /api/v1/{kind}/{id}" -> new Call(API + "/offers/" + offerIn(state));
            case "GET /api/v1/requests/{id}/suggestions" -> new Call(API + "/requests/" + draft(memberOfA, "requests") + "/suggestions");
            case "GET /api/v1/photos/{photoId}", "GET /api/v1/photos/{photoId}/thumbnail" ->
                new Call(path.replace("{photoId}", photo(offerIn(state))));
            case "GET /api/v1/events/{id}", "GET /api/v1/events/{id}/calendar.ics" -> new Call(path.replace("{id}", eventIn(state)));
            case "GET /api/v1/events/{id}/image" -> {
                String event = eventIn(state);
                RestAssured.given().auth().oauth2(memberOfA).multiPart("file", "matrix.png", PNG, "image/png")
                        .put(API + "/events/" + event + "/image").then().statusCode(200);
                yield new Call(API + "/events/" + event + "/image");
            }
            // feeds are public: what is not must not be in them, whoever asks
            case "GET /api/v1/events/calendar.ics" -> {
                boolean territory = state.endsWith(IN_A_TERRITORY);
                String event = eventIn(territory ? state.substring(0, state.length() - IN_A_TERRITORY.length()) : state);
                Call call = new Call(path).hiding(title("events", event));
                yield territory ? call.query("territory", "departement:59") : call;
            }
            case "GET /api/v1/feeds/{topic}.{format}" -> state.endsWith("offer")
                    ? new Call(API + "/feeds/offers.rss").hiding(title("offers", offerIn(state)))
                    : new Call(API + "/feeds/events.atom").hiding(title("events", eventIn(state)));
            // ids in a body that the caller may not see answer as ids that do not exist
            case "POST /api/v1/exchanges" -> new Call(path).body(declaringAnItemOfC(state));
            case "POST /api/v1/introductions" -> {
                String item = itemOfC(state);
                boolean staff = role == Role.ANIMATOR || role == Role.ADMIN;
                String field = state.endsWith("offer") ? "offerId" : "requestId";
                Map<String, Object> body = new HashMap<>(Map.of(field, item, "message", "Je vous présente."));
                if (staff) {
                    body.putIfAbsent("requestId", request(memberOfA));
                    body.put("providerOrganisationId", a.id);
                }
                yield new Call(path).body(body);
            }
            default -> throw new IllegalStateException("no request prepared for " + operation + " [" + state + "]");
        };
    }

    private static final String IN_A_TERRITORY = " in a territory's feed";

    /** An offer of A in a state its organisation and the staff see, and maybe nobody else. */
    private String offerIn(String state) {
        return switch (state) {
            case "draft offer" -> draft();
            case "withdrawn offer", "fulfilled offer" -> {
                String id = offer();
                Api.as(memberOfA).post(API + "/offers/" + id + (state.startsWith("withdrawn") ? "/withdraw" : "/fulfil")).then()
                        .statusCode(200);
                yield id;
            }
            case "hidden offer" -> hidden("offers", offer());
            default -> throw new IllegalArgumentException(state);
        };
    }

    /** An event memberA organises, in a state of its life. */
    private String eventIn(String state) {
        return switch (state) {
            case "proposal" -> pendingEvent();
            case "proposal cancelled before approval", "cancelled event" -> {
                String id = state.equals("cancelled event") ? publishedEvent() : pendingEvent();
                Api.as(memberOfA).body(Map.of("reason", "Plus de salle")).post(API + "/events/" + id + "/cancel").then().statusCode(200);
                yield id;
            }
            case "rejected proposal" -> {
                String id = pendingEvent();
                Api.as(animator).body(Map.of("reason", "Hors du champ du réseau")).post(API + "/events/" + id + "/reject").then()
                        .statusCode(200);
                yield id;
            }
            default -> throw new IllegalArgumentException(state);
        };
    }

    /** An item of C that A may not see: "C's draft offer", "C's hidden offer", "C's draft request". */
    private String itemOfC(String state) {
        String kind = state.endsWith("offer") ? "offers" : "requests";
        Map<String, Object> body = Items.loan("Remorque de C " + Fixtures.unique("c"), "Remorque 750 kg.");
        return switch (state.substring("C's ".length(), state.lastIndexOf(' '))) {
            case "draft" -> draft(memberOfC, kind);
            case "hidden" -> hidden(kind, Items.publish(memberOfC, kind, body));
            default -> throw new IllegalArgumentException(state);
        };
    }

    /** An exchange between A and C that names an item of C: C provides its offer, or benefits for its request. */
    private Map<String, Object> declaringAnItemOfC(String state) {
        boolean offer = state.endsWith("offer");
        Map<String, Object> body = offer ? ExchangeInputs.skillsSponsorship(c, a, 4) : ExchangeInputs.skillsSponsorship(a, c, 4);
        body.put(offer ? "offerId" : "requestId", itemOfC(state));
        return body;
    }

    private String hidden(String kind, String id) {
        Api.as(animator).body(Map.of("reason", "Photo inappropriée")).post(API + "/" + kind + "/" + id + "/hide").then().statusCode(200);
        return id;
    }

    private String title(String collection, String id) {
        return Api.as(animator).get(API + "/" + collection + "/" + id).then().statusCode(200).extract().path("title");
    }

    private static String etag(String path, String token) {
        return Api.as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    private String draft() {
        return draft(memberOfA, "offers");
    }

    private static String draft(String token, String kind) {
        return Api.as(token).body(Items.loan("Remorque " + Fixtures.unique("o"), "Remorque 750 kg."))
                .post(API + "/" + kind).then().statusCode(201).extract().path("id");
    }

    private String offer() {
        return Items.publish(memberOfA, "offers", Items.loan("Prête une remorque " + Fixtures.unique("o"), "Remorque 750 kg."));
    }

    private String request(String token) {
        return Items.publish(token, "requests", Items.loan("Cherche une remorque " + Fixtures.unique("r"), "Pour un déménagement."));
    }

    private String photo(String itemId) {
        return RestAssured.given().auth().oauth2(memberOfA).multiPart("file", "matrix.png", PNG, "image/png")
                .post(API + "/offers/" + itemId + "/photos").then().statusCode(201).extract().path("id");
    }

    private String pendingEvent() {
        return Api.as(memberOfA).body(EventInputs.apero(LocalDateTime.now().plusDays(30).withNano(0), 20)).post(API + "/events")
                .then().statusCode(201).extract().path("id");
    }

    private String publishedEvent() {
        String id = pendingEvent();
        Api.as(animator).post(API + "/events/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static String registration(String event, String token) {
        return Api.as(token).post(API + "/events/" + event + "/registrations").then().statusCode(201).extract().path("id");
    }

    private static String declared(String token, Organisation provider, Organisation beneficiary) {
        return Api.as(token).body(ExchangeInputs.skillsSponsorship(provider, beneficiary, 4)).post(API + "/exchanges").then().statusCode(201).extract().path("id");
    }

    /** An exchange A declared and C confirmed. */
    private String confirmed() {
        String id = declared(memberOfA, a, c);
        Api.as(memberOfC).body(Map.of("note", "Merci")).post(API + "/exchanges/" + id + "/confirm").then().statusCode(200);
        return id;
    }

    /** An exchange A declared, with the draft of an agreement. */
    private String drafted() {
        String id = declared(memberOfA, a, c);
        Api.as(memberOfA).body(terms()).put(API + "/exchanges/" + id + "/agreement").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> terms() {
        return Map.of("object", "Mise à disposition de compétences comptables", "startsOn", LocalDate.now().plusDays(10).toString(),
                "durationMonths", 6, "providerContributions", "Quatre heures de comptabilité.",
                "beneficiaryContributions", "Les pièces justificatives.");
    }

    /** An animator's introduction of a request of C to an offer of A. */
    private String introduction() {
        return Api.as(animator).body(Map.of("requestId", request(memberOfC), "offerId", offer(), "message", "Je vous présente."))
                .post(API + "/introductions").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> organisation(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("legalForm", "ASSOCIATION");
        body.put("communeId", "commune:59350");
        body.put("sectorCodes", List.of("reuse"));
        body.put("description", "Association de test " + name);
        body.put("contactEmail", "contact@" + a.id + ".example");
        return body;
    }

    private String pendingOrganisation() {
        return fixtures.organisation(Fixtures.unique("Candidate"), OrganisationStatus.PENDING, "commune:59350").id.toString();
    }

    /** Months far ahead, one per newsletter: there is one newsletter a month. */
    private String month() {
        int n = months.getAndIncrement();
        return String.format("%d-%02d", 2200 + n / 12, n % 12 + 1);
    }

    private String newsletter() {
        return Api.as(animator).body(Map.of("month", month())).post(API + "/newsletters").then().statusCode(201).extract().path("id");
    }

    /** An edit of a draft: every item of the issue, in its order. */
    private Map<String, Object> edit(String newsletter) {
        List<String> items = Api.as(animator).get(API + "/newsletters/" + newsletter).then().statusCode(200).extract().path("items.id");
        return Map.of("editorialFr", "Édito du mois", "editorialEn", "Editorial of the month",
                "items", items.stream().map(id -> Map.of("id", id, "pinned", false, "removed", false)).toList());
    }

    private static Map<String, Object> partnerClient() {
        return Map.of("name", Fixtures.unique("Ceres"), "contactEmail", "tech@ceres.example", "scopes", List.of("catalog:read"),
                "requestsPerMinute", 1000, "active", true);
    }

    private static Map<String, Object> webhook() {
        return Map.of("url", "https://ceres.example/hooks/" + UUID.randomUUID(), "events", List.of("opportunity.status_changed"));
    }

    private String webhookId() {
        return Api.as(partner.token()).body(webhook()).post(API + "/partner/webhooks").then().statusCode(201).extract().path("webhook.id");
    }

    private static Map<String, Object> savedSearch() {
        return Map.of("name", "Remorques", "kind", "OFFER", "criteria", Map.of("q", "remorque"));
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
