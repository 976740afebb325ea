package org.elbasar.common.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts what the platform needs but was not given before Quarkus reads its configuration:
 * an embedded PostgreSQL (data kept in DATA_DIR/postgres) and the token signing keys (DATA_DIR/keys).
 * With the argument {@code database}, it starts only the embedded PostgreSQL and waits, so that
 * tools (the benchmark, psql) and other application processes can share it. With {@code rotate-keys},
 * it replaces the token signing key pair (see {@link SigningKeys#rotate}) and exits.
 */
@QuarkusMain
public final class ElbasarMain {

    private ElbasarMain() {
    }

    public static void main(String... args) {
        Path dataDir = Path.of(System.getenv().getOrDefault("DATA_DIR", ".data")).toAbsolutePath();
        if (args.length == 1 && "database".equals(args[0])) {
            Map<String, String> database = EmbeddedDatabase.start(dataDir.resolve("postgres"), true, embeddedPort());
            System.out.println("PostgreSQL ready at " + database.get("quarkus.datasource.jdbc.url"));
            waitUntilStopped();
            return;
        }
        if (args.length == 2 && "rotate-keys".equals(args[0]) && "prepare".equals(args[1])) {
            SigningKeys.prepare(dataDir.resolve("keys"));
            System.out.println("Next signing key in " + dataDir.resolve("keys") + ": restart every instance so that all trust it,"
                    + " then rotate-keys");
            return;
        }
        if (args.length == 1 && "rotate-keys".equals(args[0])) {
            SigningKeys.rotate(dataDir.resolve("keys"), java.time.Instant.now());
            System.out.println("New signing key in " + dataDir.resolve("keys") + ": restart the application to use it");
            return;
        }
        Map<String, String> settings = new HashMap<>();
        if (Boolean.getBoolean("quarkus.appcds.generate")) {
            // the build's class-data archive run (quarkus.package.jar.appcds): Quarkus stops before it needs a database or keys
            Quarkus.run(args);
            return;
        }
        if (!EmbeddedDatabase.isConfiguredExternally()) {
            settings.putAll(EmbeddedDatabase.start(dataDir.resolve("postgres"), true, embeddedPort()));
        }
        if (!SigningKeys.isConfiguredExternally()) {
            settings.putAll(SigningKeys.ensure(dataDir.resolve("keys")));
        }
        settings.forEach(System::setProperty);
        Quarkus.run(args);
    }

    private static int embeddedPort() {
        return Integer.parseInt(System.getenv().getOrDefault("EMBEDDED_DB_PORT", "0"));
    }

    private static void waitUntilStopped() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
