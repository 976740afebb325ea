package org.elbasar.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Map<String, String> settings = new HashMap<>(SigningKeys.ensure(Path.of("target", "test-keys").toAbsolutePath()));
            if (!EmbeddedDatabase.isConfiguredExternally()) {
                settings.putAll(EmbeddedDatabase.start(directory.resolve("postgres"), false));
            }
            return settings;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // the database stops with the JVM (shutdown hook)
    }
}
