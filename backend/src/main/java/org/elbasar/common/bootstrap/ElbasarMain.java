package org.elbasar.common.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts what the platform needs but was not given before Quarkus reads its configuration:
 * an embedded PostgreSQL (data kept in DATA_DIR/postgres) and the token signing keys (DATA_DIR/keys).
 */
@QuarkusMain
public final class ElbasarMain {

    private ElbasarMain() {
    }

    public static void main(String... args) {
        Path dataDir = Path.of(System.getenv().getOrDefault("DATA_DIR", ".data")).toAbsolutePath();
        Map<String, String> settings = new HashMap<>();
        if (!EmbeddedDatabase.isConfiguredExternally()) {
            int port = Integer.parseInt(System.getenv().getOrDefault("EMBEDDED_DB_PORT", "0"));
            settings.putAll(EmbeddedDatabase.start(dataDir.resolve("postgres"), true, port));
        }
        if (!SigningKeys.isConfiguredExternally()) {
            settings.putAll(SigningKeys.ensure(dataDir.resolve("keys")));
        }
        settings.forEach(System::setProperty);
        Quarkus.run(args);
    }
}
