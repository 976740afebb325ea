package org.elbasar.account;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import org.elbasar.account.domain.Person;
import org.elbasar.common.bootstrap.SigningKeys;
import org.elbasar.testing.Api;
import org.elbasar.testing.EmbeddedServices;
import org.elbasar.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The test run starts just after a key rotation (EmbeddedServices): tokens signed with the retired key
 * before the restart still open the API, so nobody is signed out; new tokens name the new key.
 */
@QuarkusTest
class KeyRotationTest {

    @Inject
    Fixtures fixtures;

    @Test
    void aTokenSignedBeforeTheRotationStillWorksAndNewOnesNameTheNewKey() throws Exception {
        Person member = fixtures.member(fixtures.activeOrganisation().id);
        Path retiredPublic;
        try (var files = Files.list(EmbeddedServices.KEYS)) {
            retiredPublic = files.filter(f -> f.getFileName().toString().startsWith("jwt-public.retired-")).findFirst().orElseThrow();
        }
        PrivateKey retiredPrivate = SigningKeys.readPrivate(EmbeddedServices.RETIRED_PRIVATE_KEY);
        String retiredKeyId = SigningKeys.keyId(SigningKeys.readPublic(retiredPublic));
        String beforeRotation = Jwt.subject(member.id.toString()).upn(member.email).groups("MEMBER")
                .claim("org", member.organisation.id.toString()).jws().keyId(retiredKeyId).sign(retiredPrivate);

        Api.as(beforeRotation).get("/api/v1/me").then().statusCode(200).body("email", equalTo(member.email));

        String current = fixtures.token(member);
        String currentKeyId = SigningKeys.keyId(SigningKeys.readPublic(EmbeddedServices.KEYS.resolve(SigningKeys.PUBLIC_KEY_FILE)));
        String header = new String(Base64.getUrlDecoder().decode(current.substring(0, current.indexOf('.'))));
        assertTrue(header.contains("\"kid\":\"" + currentKeyId + "\""), header);
        Api.as(current).get("/api/v1/me").then().statusCode(200);

        // the retired key's id on a token signed by a key the platform never had
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String impostor = Jwt.subject(member.id.toString()).groups("ADMIN").jws().keyId(retiredKeyId)
                .sign(generator.generateKeyPair().getPrivate());
        Api.as(impostor).get("/api/v1/me").then().statusCode(401);
    }
}
