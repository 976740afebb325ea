package org.elbasar.common.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A PostgreSQL server run from Maven artifacts, for `make run` and the tests when no server is configured. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /** True when the operator gave a database URL, so nothing must be started. */
    public static boolean isConfiguredExternally() {
        return notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || notBlank(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDirectory}; {@code keepData} reuses a directory
     * initialised by an earlier run. Returns the datasource settings to hand to Quarkus.
     */
    public static Map<String, String> start(Path dataDirectory, boolean keepData) {
        return start(dataDirectory, keepData, 0);
    }

    /** As {@link #start(Path, boolean)}, on a given port (0: any free one), so that tools such as psql can reach it. */
    public static Map<String, String> start(Path dataDirectory, boolean keepData, int port) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            builder.setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "100")
                    // the queries are short: compiling them costs more than it saves
                    .setServerConfig("jit", "off")
                    // sized for 100,000 offers (docs/database.md): the catalogue, its indexes and the exchanges
                    // that suggestions count stay in PostgreSQL's own cache rather than being copied from the system's
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("effective_cache_size", "2GB")
                    // data in RAM or on SSD: a random page costs about what a sequential one does
                    .setServerConfig("random_page_cost", "1.1")
                    .setServerConfig("effective_io_concurrency", "200")
                    // facet counts and sorts of large searches in memory, 20 connections of the pool at most
                    .setServerConfig("work_mem", "16MB")
                    // kept data must survive a crash: zonky turns both off by default, which loses acknowledged writes
                    .setServerConfig("fsync", keepData ? "on" : "off")
                    .setServerConfig("synchronous_commit", keepData ? "on" : "off");
            extraServerConfig().forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the process is ending: nothing more can be done
                }
            }));
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Server settings given as {@code EMBEDDED_DB_CONFIG="name=value;name=value"}, e.g. the
     * benchmark's statement log ({@code logging_collector=on;log_destination=jsonlog}).
     */
    static Map<String, String> extraServerConfig() {
        String config = System.getenv("EMBEDDED_DB_CONFIG");
        if (!notBlank(config)) {
            return Map.of();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : config.split(";")) {
            String[] nameAndValue = setting.split("=", 2);
            if (nameAndValue.length != 2 || nameAndValue[0].isBlank()) {
                throw new IllegalArgumentException("EMBEDDED_DB_CONFIG: expected name=value, not '" + setting + "'");
            }
            settings.put(nameAndValue[0].trim(), nameAndValue[1].trim());
        }
        return settings;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
