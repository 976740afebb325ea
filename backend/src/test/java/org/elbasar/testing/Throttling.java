package org.elbasar.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import org.elbasar.common.service.Throttle.Limit;

/** Client addresses of their own (sent as X-Forwarded-For, trusted in tests) and the throttle's refusal. */
public final class Throttling {

    private Throttling() {
    }

    /** A client address no other test uses, so that a test's throttle counts are its own. */
    public static String clientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 250) + "." + random.nextInt(250) + "." + random.nextInt(1, 250);
    }

    /** 429 with the too-many-requests problem and a Retry-After within the limit's window. */
    public static void assertRefused(Response response, Limit limit) {
        response.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://elbasar.org/problems/too-many-requests"))
                .body("status", equalTo(429));
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter > limit.window.toSeconds() - 120 && retryAfter <= limit.window.toSeconds(), "Retry-After " + retryAfter);
    }
}
