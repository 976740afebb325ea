package org.elbasar.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answers the HTTP layer gives before JAX-RS sees a request are problem+json too. A request line over
 * 4 KB is refused with 414 and headers over 8 KB with 431 here, where the answer can have a body: Vert.x's own
 * limits (quarkus.http.limits, set well above) answer with an empty body, and Quarkus offers no hook for
 * them. So does Quarkus' 413 for a declared body over max-body-size, answered here first. Statuses Vert.x
 * gives without a route (404 outside the API, 405...) get the same shape.
 */
@ApplicationScoped
public class HttpErrors {

    static final int MAX_REQUEST_LINE = 4 * 1024;
    static final int MAX_HEADERS = 8 * 1024;
    private static final List<Integer> VERTX_STATUSES = List.of(400, 404, 405, 406, 413, 414, 415, 431, 500);

    private final Messages messages;
    private final ObjectMapper json;
    private final long maxBodySize;

    public HttpErrors(Messages messages, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.messages = messages;
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void limit(@Observes Filters filters) {
        filters.register(context -> {
            var request = context.request();
            int line = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
            int headers = 0;
            for (Map.Entry<String, String> header : request.headers()) {
                headers += header.getKey().length() + 2 + header.getValue().length() + 2;
            }
            if (line > MAX_REQUEST_LINE) {
                answer(context, 414, MAX_REQUEST_LINE);
            } else if (headers > MAX_HEADERS) {
                answer(context, 431, MAX_HEADERS);
            } else if (declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH)) > maxBodySize) {
                // Quarkus refuses it further on with an empty 413
                answer(context, 413);
            } else {
                context.next();
            }
        }, 1000);
    }

    void shape(@Observes Router router) {
        VERTX_STATUSES.forEach(status -> router.errorHandler(status, context -> {
            if (context.response().headWritten()) {
                context.response().end();
            } else {
                answer(context, status);
            }
        }));
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? 0 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void answer(RoutingContext context, int status, Object... detailArguments) {
        Locale locale = Messages.preferred(context.acceptableLanguages().stream().map(l -> Locale.forLanguageTag(l.value())).toList());
        Problem problem = ProblemMappers.problem(messages, status, ProblemMappers.codeOf(status), locale, context.request().path(), null, detailArguments);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).end(body);
    }
}
