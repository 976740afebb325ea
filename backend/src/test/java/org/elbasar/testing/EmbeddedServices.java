package org.elbasar.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.elbasar.common.bootstrap.EmbeddedDatabase;
import org.elbasar.common.bootstrap.SigningKeys;

/** Starts, once for the whole test run, what the application needs: PostgreSQL (unless configured) and signing keys. */
public class EmbeddedServices implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path directory = Files.createTempDirectory("elbasar-test");
            Map<String, String> settings = new HashMap<>(SigningKeys.ensure(rotatedKeys()));
            // delivery marks name rows of this run's database: kept beyond the run they would be written into another
            settings.put("elbasar.delivery.marks-dir", directory.resolve("delivery-marks").toString());
            if (!EmbeddedDatabase.isConfiguredExternally()) {
                settings.putAll(EmbeddedDatabase.start(directory.resolve("postgres"), false));
            }
            return settings;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directory of keys that rotated just now: a test signs with the retired key (KeyRotationTest). */
    public static final Path KEYS = Path.of("target", "test-keys").toAbsolutePath();
    public static final Path RETIRED_PRIVATE_KEY = KEYS.resolve("retired-private-key-kept-for-tests.pem");

    private static Path rotatedKeys() throws IOException {
        if (Files.exists(KEYS)) {
            try (var files = Files.list(KEYS)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        SigningKeys.ensure(KEYS);
        Files.copy(KEYS.resolve(SigningKeys.PRIVATE_KEY_FILE), RETIRED_PRIVATE_KEY);
        SigningKeys.rotate(KEYS, Instant.now());
        return KEYS;
    }

    @Override
    public void stop() {
        // the database stops with the JVM (shutdown hook)
    }
}
