package org.elbasar.account;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.elbasar.account.domain.Person;
import org.elbasar.testing.Api;
import org.elbasar.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way of forging a token an attacker has at hand is refused, with the admin's rights asked for. */
@QuarkusTest
class ForgedTokenTest {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    Fixtures fixtures;

    private String forged(String how, Person person) throws Exception {
        var claims = Jwt.subject(person.id.toString()).upn(person.email).groups("ADMIN");
        return switch (how) {
            case "none" -> URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + URL.encodeToString(("{\"sub\":\"" + person.id + "\",\"groups\":[\"ADMIN\"],\"iss\":\"https://elbasar.org\","
                            + "\"aud\":\"elbasar-api\",\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}").getBytes(StandardCharsets.UTF_8)) + ".";
            // the public key is public: signing HS256 with it must not pass for RS256
            case "hmac-with-public-key" -> claims.jws().algorithm(SignatureAlgorithm.HS256)
                    .sign(new SecretKeySpec(Files.readAllBytes(Path.of("target/test-keys/jwt-public.pem")), "HmacSHA256"));
            case "foreign-key" -> {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                yield claims.sign(generator.generateKeyPair().getPrivate());
            }
            case "wrong-issuer" -> claims.issuer("https://attacker.example").sign();
            case "wrong-audience" -> claims.audience("another-api").sign();
            case "not-yet-valid" -> claims.claim("nbf", System.currentTimeMillis() / 1000 + 3600).sign();
            case "signature-removed" -> {
                String valid = claims.sign();
                yield valid.substring(0, valid.lastIndexOf('.') + 1);
            }
            default -> throw new IllegalArgumentException(how);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = { "none", "hmac-with-public-key", "foreign-key", "wrong-issuer", "wrong-audience", "not-yet-valid", "signature-removed" })
    void aForgedTokenOpensNothing(String how) throws Exception {
        Person member = fixtures.member(fixtures.activeOrganisation().id);
        String token = forged(how, member);
        Api.as(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        Api.as(token).get("/api/v1/partner-clients").then().statusCode(401);
        Api.as(token).delete("/api/v1/sectors/insertion").then().statusCode(401);
    }
}
