package org.elbasar.common.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Serves the SPA's index.html for its client-side routes (/directory, /organisations/…), so that a
 * link or a reload lands on the page; API, Quarkus and file paths are left alone. The metrics count
 * these pages under one uri tag, "/spa" (quarkus.micrometer.binder.http-server.match-patterns, the same rule).
 */
@ApplicationScoped
public class SpaRouting {

    private static final List<String> SERVER_PREFIXES = List.of("/api/", "/q/");
    private static final Predicate<String> FILE = Pattern.compile(".*[.][a-zA-Z\\d]+$").asMatchPredicate();

    void route(@Observes Router router) {
        router.get("/*").handler(context -> {
            String path = context.normalizedPath();
            if (!path.equals("/") && SERVER_PREFIXES.stream().noneMatch(path::startsWith) && !path.equals("/api")
                    && !FILE.test(path)) {
                context.reroute("/");
            } else {
                context.next();
            }
        });
    }
}
