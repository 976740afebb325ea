package org.elbasar.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.elbasar.account.domain.Person;
import org.elbasar.common.service.Throttle;
import org.elbasar.common.service.Throttle.Limit;
import org.elbasar.member.domain.Organisation;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.elbasar.testing.LookAlikes;
import org.elbasar.testing.Mails;
import org.elbasar.testing.TestClock;
import org.elbasar.testing.Throttling;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Mails mails;

    @Inject
    Throttle throttle;

    @Inject
    TestClock clock;

    private Response login(String email, String password, String address) {
        return Api.anonymous().header("X-Forwarded-For", address)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login");
    }

    @Test
    void signInGivesAShortTokenWithRolesAndOrganisationAndARefreshCookie() {
        Organisation organisation = fixtures.activeOrganisation();
        Person person = fixtures.orgAdmin(organisation.id);
        Response response = login(person.email, Fixtures.PASSWORD, Throttling.clientAddress());
        response.then().statusCode(200)
                .body("expiresIn", lessThanOrEqualTo(900))
                .header("Set-Cookie", containsString("elbasar_refresh="))
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .header("Set-Cookie", containsString("Path=/api/v1/auth"));
        String token = response.path("accessToken");
        Api.as(token).get("/api/v1/me").then().statusCode(200)
                .body("email", equalTo(person.email))
                .body("roles", org.hamcrest.Matchers.containsInAnyOrder("MEMBER", "ORG_ADMIN"))
                .body("organisation.id", equalTo(organisation.id.toString()))
                .body("organisation.status", equalTo("ACTIVE"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        Response wrongPassword = login(person.email, "not-the-password-at-all", Throttling.clientAddress());
        Response unknown = login("nobody-" + person.email, "not-the-password-at-all", Throttling.clientAddress());
        wrongPassword.then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://elbasar.org/problems/invalid-credentials"));
        unknown.then().statusCode(401);
        assertEquals(wrongPassword.jsonPath().getMap("$"), unknown.jsonPath().getMap("$"));
    }

    @Test
    void tenFailuresOnOneAccountLockItFromEveryAddressForFifteenMinutes() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        String attacker = Throttling.clientAddress();
        for (int i = 0; i < 10; i++) {
            login(person.email, "wrong-password-" + i, attacker).then().statusCode(401);
        }
        Throttling.assertRefused(login(person.email, Fixtures.PASSWORD, Throttling.clientAddress()), Limit.SIGN_IN_PER_ACCOUNT);
        // the same account written in capitals, in fullwidth letters, is the same account
        Throttling.assertRefused(login(LookAlikes.fullwidth(person.email.toUpperCase()), Fixtures.PASSWORD, Throttling.clientAddress()), Limit.SIGN_IN_PER_ACCOUNT);
        clock.advance(Limit.SIGN_IN_PER_ACCOUNT.window);
        try {
            login(person.email, Fixtures.PASSWORD, attacker).then().statusCode(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void failuresOnOneAccountDoNotLockOutOthersBehindTheSameAddress() {
        Organisation organisation = fixtures.activeOrganisation();
        Person careless = fixtures.member(organisation.id);
        Person colleague = fixtures.member(organisation.id);
        String office = Throttling.clientAddress();
        for (int i = 0; i < 10; i++) {
            login(careless.email, "wrong-password-" + i, office).then().statusCode(401);
        }
        login(careless.email, Fixtures.PASSWORD, office).then().statusCode(429);
        login(colleague.email, Fixtures.PASSWORD, office).then().statusCode(200);
    }

    @Test
    void aSprayAcrossAccountsFromOneAddressStopsAtTheMuchHigherAddressLimit() {
        Person colleague = fixtures.member(fixtures.activeOrganisation().id);
        Person newcomer = fixtures.member(fixtures.activeOrganisation().id);
        String sprayer = Throttling.clientAddress();
        int limit = throttle.maximum(Limit.SIGN_IN_PER_ADDRESS);
        for (int failures = 1; failures <= limit; failures++) {
            login(Fixtures.unique("someone") + "@nowhere.example", "wrong-password", sprayer).then().statusCode(401);
            if (failures == throttle.maximum(Limit.SIGN_IN_PER_ACCOUNT)) {
                // as many failures as lock one account: the address still lets other people in
                login(colleague.email, Fixtures.PASSWORD, sprayer).then().statusCode(200);
            }
        }
        // past the address's limit, an account that never signed in from it waits, even with its password
        Throttling.assertRefused(login(newcomer.email, Fixtures.PASSWORD, sprayer), Limit.SIGN_IN_PER_ADDRESS);
        login(newcomer.email, Fixtures.PASSWORD, Throttling.clientAddress()).then().statusCode(200);
        // the colleague who signed in from it lately is held by their own account's limit only: the spray locks them out of nothing
        login(colleague.email, Fixtures.PASSWORD, sprayer).then().statusCode(200);
        for (int failures = 1; failures <= throttle.maximum(Limit.SIGN_IN_PER_ACCOUNT); failures++) {
            login(colleague.email, "wrong-password", sprayer).then().statusCode(401);
        }
        Throttling.assertRefused(login(colleague.email, Fixtures.PASSWORD, sprayer), Limit.SIGN_IN_PER_ACCOUNT);
    }

    @Test
    void refreshRotatesAndAReusedTokenRevokesTheFamily() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        String first = login(person.email, Fixtures.PASSWORD, Throttling.clientAddress()).cookie("elbasar_refresh");
        Response rotated = Api.anonymous().cookie("elbasar_refresh", first).post("/api/v1/auth/refresh");
        rotated.then().statusCode(200).body("accessToken", notNullValue());
        String second = rotated.cookie("elbasar_refresh");
        assertNotEquals(first, second);

        Api.anonymous().cookie("elbasar_refresh", first).post("/api/v1/auth/refresh").then().statusCode(401)
                .body("type", equalTo("https://elbasar.org/problems/invalid-refresh-token"));
        // the legitimate holder's newer token died with the family
        Api.anonymous().cookie("elbasar_refresh", second).post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void signOutRevokesTheRefreshToken() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        String refresh = login(person.email, Fixtures.PASSWORD, Throttling.clientAddress()).cookie("elbasar_refresh");
        Api.anonymous().cookie("elbasar_refresh", refresh).post("/api/v1/auth/logout").then().statusCode(204)
                .header("Set-Cookie", containsString("Max-Age=0"));
        Api.anonymous().cookie("elbasar_refresh", refresh).post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void refreshWithoutCookieIsRefused() {
        Api.anonymous().post("/api/v1/auth/refresh").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void passwordResetByEmailedOneTimeLinkEndsSessions() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        String refresh = login(person.email, Fixtures.PASSWORD, Throttling.clientAddress()).cookie("elbasar_refresh");
        Api.anonymous().body(Map.of("email", person.email)).post("/api/v1/auth/password-reset").then().statusCode(202);
        String token = mails.tokenFrom(person.email, "/reset-password?token=");

        Api.anonymous().body(Map.of("token", token, "newPassword", "short")).post("/api/v1/auth/password-reset/confirm")
                .then().statusCode(400).body("violations[0].field", equalTo("newPassword"));
        Api.anonymous().body(Map.of("token", token, "newPassword", "A-brand-new-passphrase"))
                .post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
        Api.anonymous().body(Map.of("token", token, "newPassword", "Another-new-passphrase"))
                .post("/api/v1/auth/password-reset/confirm").then().statusCode(400)
                .body("type", equalTo("https://elbasar.org/problems/invalid-token"));

        login(person.email, Fixtures.PASSWORD, Throttling.clientAddress()).then().statusCode(401);
        login(person.email, "A-brand-new-passphrase", Throttling.clientAddress()).then().statusCode(200);
        Api.anonymous().cookie("elbasar_refresh", refresh).post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void passwordResetSaysNothingAboutUnknownAddresses() {
        String unknown = Fixtures.unique("nobody") + "@test.example";
        Api.anonymous().body(Map.of("email", unknown)).post("/api/v1/auth/password-reset").then().statusCode(202);
        assertEquals(0, mails.to(unknown).size());
    }

    @Test
    void aResetForAnAddressWithAnInvisibleCharacterIsRefusedWithItsField() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        Api.anonymous().body(Map.of("email", LookAlikes.with(LookAlikes.ZERO_WIDTH_SPACE, person.email)))
                .post("/api/v1/auth/password-reset").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("email")));
    }

    private static Response askReset(String email, String address) {
        return Api.anonymous().header("X-Forwarded-For", address).body(Map.of("email", email)).post("/api/v1/auth/password-reset");
    }

    @Test
    void resetLinksToOneAddressStopAfterAFewAnHourWithoutBlockingTheLinksSent() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        int limit = throttle.maximum(Limit.PASSWORD_RESET_PER_ACCOUNT);
        for (int i = 0; i <= limit; i++) {
            askReset(person.email, Throttling.clientAddress()).then().statusCode(202);
        }
        assertEquals(limit, mails.to(person.email).size());
        String token = mails.tokenFrom(person.email, "/reset-password?token=");
        Api.anonymous().body(Map.of("token", token, "newPassword", "A-brand-new-passphrase"))
                .post("/api/v1/auth/password-reset/confirm").then().statusCode(204);
    }

    @Test
    void oneAddressAskingResetsForManyAccountsIsStoppedWithoutStoppingOthers() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        String asker = Throttling.clientAddress();
        for (int i = 0; i < throttle.maximum(Limit.PASSWORD_RESET_PER_ADDRESS); i++) {
            askReset(Fixtures.unique("someone") + "@nowhere.example", asker).then().statusCode(202);
        }
        Throttling.assertRefused(askReset(person.email, asker), Limit.PASSWORD_RESET_PER_ADDRESS);
        assertEquals(0, mails.to(person.email).size());
        askReset(person.email, Throttling.clientAddress()).then().statusCode(202);
        assertEquals(1, mails.to(person.email).size());
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        String token = fixtures.token(person);
        Api.as(token).body(Map.of("currentPassword", "not-my-password", "newPassword", "A-brand-new-passphrase"))
                .post("/api/v1/me/password").then().statusCode(400).body("violations[0].field", equalTo("currentPassword"));
        Api.as(token).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "A-brand-new-passphrase"))
                .post("/api/v1/me/password").then().statusCode(204);
        login(person.email, "A-brand-new-passphrase", Throttling.clientAddress()).then().statusCode(200);
    }

    @Test
    void meNeedsAValidToken() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        Api.anonymous().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));

        String expired = Jwt.subject(person.id.toString()).groups("MEMBER")
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign();
        Api.as(expired).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");

        String valid = fixtures.token(person);
        String[] parts = valid.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"MEMBER\"", "\"ADMIN\"").getBytes());
        Api.as(parts[0] + "." + forgedPayload + "." + parts[2]).get("/api/v1/me").then().statusCode(401);

        Api.as("not-a-jwt").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void peopleUpdateTheirNameAndLanguage() {
        Person person = fixtures.member(fixtures.activeOrganisation().id);
        Api.as(fixtures.token(person)).body(Map.of("firstName", "Dominique", "lastName", "Leroy", "locale", "en"))
                .put("/api/v1/me").then().statusCode(200)
                .body("firstName", equalTo("Dominique")).body("locale", equalTo("en"));
        Api.as(fixtures.token(person)).body(Map.of("firstName", "Dominique", "lastName", "Leroy", "locale", "de"))
                .put("/api/v1/me").then().statusCode(400).body("violations[0].field", equalTo("locale"));
        Api.as(fixtures.token(person)).body(Map.of("firstName", "D", "lastName", "L", "locale", "fr", "roles", "ADMIN"))
                .put("/api/v1/me").then().statusCode(400).body("violations[0].field", equalTo("roles"))
                .body("violations[0].message", not(equalTo("")));
    }
}
