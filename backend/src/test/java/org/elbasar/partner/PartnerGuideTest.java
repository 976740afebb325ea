package org.elbasar.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.elbasar.partner.service.WebhookSender;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.Items;
import org.elbasar.testing.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The partner guide's examples, run as written against the running application: the guide cannot rot. */
@QuarkusTest
class PartnerGuideTest {

    private static final Path GUIDE = Path.of(System.getProperty("user.dir"), "..", "docs", "partners.md");
    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @Inject
    Fixtures fixtures;

    @Inject
    WebhookSender sender;

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(Files.readString(GUIDE));
        while (matcher.find()) {
            if (matcher.group(1).equals(language)) {
                blocks.add(matcher.group(2));
            }
        }
        return blocks;
    }

    private static String run(List<String> command, Map<String, String> environment, String input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "still running: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void everyShellStepOfTheGuideWorksAsWrittenAndItsVerifiersCheckARealDelivery() throws Exception {
        List<String> steps = blocks("sh");
        assertTrue(steps.size() >= 8, "registration, token, whoami, sync, Ceres view, subscription, log and replay, opportunity");
        // the admin registers the client as the guide shows, and the partner goes on with what it was given
        String script = "set -euo pipefail\n" + String.join("\n", steps) + "\necho \"TOKEN=$TOKEN\"\necho \"WEBHOOK_ID=$WEBHOOK_ID\""
                + "\necho \"WEBHOOK_SECRET=$WEBHOOK_SECRET\"\necho \"OPPORTUNITY_ID=$OPPORTUNITY_ID\"\n";
        script = script.replace("https://ceres.example/hooks/elbasar", receiver.url())
                .replace("https://elbasar.example", "http://localhost:" + RestAssured.port);
        String output = run(List.of("bash", "-s"), Map.of("ADMIN_TOKEN", fixtures.token(fixtures.admin())), script);

        String token = value(output, "TOKEN");
        String webhookId = value(output, "WEBHOOK_ID");
        String opportunityId = value(output, "OPPORTUNITY_ID");
        Api.as(token).get("/api/v1/partner/me").then().statusCode(200).body("requestsPerMinute", equalTo(120));
        Api.as(token).get("/api/v1/partner/webhooks").then().statusCode(200).body("id", hasItem(webhookId));
        Api.as(token).get("/api/v1/partner/opportunities/" + opportunityId).then().statusCode(200)
                .body("buyerName", equalTo("Ville de Roubaix"));

        // A member shows an offer on Ceres: the guide's subscription receives it, and both verifiers accept it.
        sender.run();
        receiver.clear();
        Map<String, Object> offer = Items.service(Fixtures.unique("Traiteur"), "Sur Ceres.");
        offer.put("showOnCeres", true);
        Items.publish(fixtures.token(fixtures.member(fixtures.activeOrganisation().id)), "offers", offer);
        sender.run();
        WebhookReceiver.Received delivery = receiver.received().get(0);
        String signature = delivery.header("Elbasar-Signature");
        String webhookSecret = value(output, "WEBHOOK_SECRET");
        assertEquals(true, verifyInJavaScript(webhookSecret, signature, delivery.body()));
        assertEquals(false, verifyInJavaScript(webhookSecret, signature, delivery.body().replace("Traiteur", "Traitre")));
        assertEquals(true, verifyInJava(webhookSecret, signature, delivery.body()));
        assertEquals(false, verifyInJava(webhookSecret, signature, delivery.body().replace("Traiteur", "Traitre")));
        assertEquals(false, verifyInJava("whsec_another", signature, delivery.body()));
    }

    private static String value(String output, String name) {
        Matcher matcher = Pattern.compile("^" + name + "=(.*)$", Pattern.MULTILINE).matcher(output);
        assertTrue(matcher.find(), name + " not in: " + output);
        return matcher.group(1).trim();
    }

    private static boolean verifyInJavaScript(String secret, String signature, String body) throws Exception {
        String program = blocks("js").get(0) + """

                const [secret, header, body] = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
                process.stdout.write(String(verifyElbasar(secret, header, body)));
                """;
        Path file = Files.createTempFile("verify", ".js");
        Files.writeString(file, program);
        String arguments = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(List.of(secret, signature, body));
        return Boolean.parseBoolean(run(List.of("node", file.toString()), Map.of(), arguments).trim());
    }

    private static boolean verifyInJava(String secret, String signature, String body) throws Exception {
        Path directory = Files.createTempDirectory("guide");
        Path source = directory.resolve("GuideVerifier.java");
        Files.writeString(source, """
                import java.nio.charset.StandardCharsets;
                import java.security.MessageDigest;
                import java.time.Instant;
                import java.util.*;
                import javax.crypto.Mac;
                import javax.crypto.spec.SecretKeySpec;

                public class GuideVerifier {
                """ + blocks("java").get(0) + "}\n");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, compiler.run(null, null, null, "-d", directory.toString(), source.toString()), "the guide's Java compiles");
        try (URLClassLoader loader = new URLClassLoader(new URL[] { directory.toUri().toURL() })) {
            Method verify = loader.loadClass("GuideVerifier").getDeclaredMethod("verifyElbasar", String.class, String.class, String.class);
            verify.setAccessible(true);
            return (Boolean) verify.invoke(null, secret, signature, body);
        }
    }
}
