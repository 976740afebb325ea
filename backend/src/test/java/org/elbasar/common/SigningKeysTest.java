package org.elbasar.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.elbasar.common.bootstrap.SigningKeys;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rotation trusts the retired key for a day, then forgets it; a prepared key is trusted before it
 * signs; the signing key always names itself.
 */
class SigningKeysTest {

    @TempDir
    Path keys;

    private List<String> trustedKeyIds() throws Exception {
        return new JsonWebKeySet(Files.readString(keys.resolve("jwt-trusted.jwks.json"))).getJsonWebKeys().stream()
                .map(JsonWebKey::getKeyId).toList();
    }

    private String signingKeyId() throws Exception {
        return JsonWebKey.Factory.newJwk(Files.readString(keys.resolve("jwt-signing.jwk.json"))).getKeyId();
    }

    @Test
    void aRetiredKeyIsTrustedForADayAfterTheRotation() throws Exception {
        Instant start = Instant.parse("2026-11-28T10:00:00Z");
        SigningKeys.ensure(keys, start);
        String first = signingKeyId();
        assertEquals(List.of(first), trustedKeyIds());

        SigningKeys.rotate(keys, start.plus(Duration.ofHours(1)));
        SigningKeys.ensure(keys, start.plus(Duration.ofHours(1)));
        String second = signingKeyId();
        assertNotEquals(first, second);
        assertEquals(List.of(second, first), trustedKeyIds());

        SigningKeys.ensure(keys, start.plus(Duration.ofHours(26)));
        assertEquals(List.of(second), trustedKeyIds());
        try (var files = Files.list(keys)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().contains("retired")).count());
        }
    }

    @Test
    void aPreparedKeyIsTrustedBeforeItSignsThenSignsAtTheRotation() throws Exception {
        Instant start = Instant.parse("2026-11-28T10:00:00Z");
        SigningKeys.ensure(keys, start);
        String first = signingKeyId();

        SigningKeys.prepare(keys);
        SigningKeys.ensure(keys, start.plus(Duration.ofMinutes(5)));
        assertEquals(first, signingKeyId(), "the prepared key does not sign yet");
        List<String> trusted = trustedKeyIds();
        assertEquals(2, trusted.size());
        String next = trusted.get(1);
        assertNotEquals(first, next);

        SigningKeys.rotate(keys, start.plus(Duration.ofMinutes(30)));
        SigningKeys.ensure(keys, start.plus(Duration.ofMinutes(30)));
        assertEquals(next, signingKeyId(), "the rotation signs with the key every instance already trusts");
        assertEquals(List.of(next, first), trustedKeyIds());
    }
}
