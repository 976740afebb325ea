package org.elbasar.common.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Browser protections on every answer: no MIME sniffing, a referrer reduced to the origin across
 * sites, and no framing by other sites. The SPA runs under a Content-Security-Policy that allows
 * scripts from this origin only (no inline script, no eval), so that text a member wrote can never
 * run even if it slipped into the page; inline styles stay allowed (the newsletter's email HTML,
 * previewed in a sandboxed frame, carries them). Swagger UI, under /q/, needs inline scripts of its own.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String SPA_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ended -> {
                var headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                if (!headers.contains("Content-Security-Policy")) {
                    headers.set("Content-Security-Policy",
                            context.normalizedPath().startsWith("/q/") ? "frame-ancestors 'none'" : SPA_POLICY);
                }
            });
            context.next();
        }, 100);
    }
}
