package org.elbasar.common.api;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;

/**
 * A refusal the client can understand: an HTTP status, a problem code whose title and detail are
 * looked up in the messages bundle (problem.&lt;code&gt;.title / .detail), optional field violations
 * given as message keys, and optional headers such as Retry-After.
 */
public class ApiException extends RuntimeException {

    private final Status status;
    private final String code;
    private final Object[] detailArguments;
    private final List<FieldError> fieldErrors;
    private final Map<String, String> headers;

    /** A field-level error: the JSON path and the message key (validation.*) with its arguments. */
    public record FieldError(String field, String messageKey, Object... arguments) {
    }

    public ApiException(Status status, String code, Object... detailArguments) {
        this(status, code, List.of(), Map.of(), detailArguments);
    }

    private ApiException(Status status, String code, List<FieldError> fieldErrors, Map<String, String> headers,
            Object... detailArguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.fieldErrors = fieldErrors;
        this.headers = headers;
        this.detailArguments = detailArguments;
    }

    public static ApiException invalid(String field, String messageKey, Object... arguments) {
        return new ApiException(Status.BAD_REQUEST, "validation",
                List.of(new FieldError(field, messageKey, arguments)), Map.of());
    }

    public static ApiException conflict(String code, String field, String messageKey) {
        return withField(Status.CONFLICT, code, field, messageKey);
    }

    public static ApiException withField(Status status, String code, String field, String messageKey) {
        return new ApiException(status, code, List.of(new FieldError(field, messageKey)), Map.of());
    }

    /** A change needs the version last read (If-Match): 428 without one, 412 when it is no longer the current one. */
    public static void requireVersion(Integer expected, int current) {
        if (expected == null) {
            throw new ApiException(Status.fromStatusCode(428), "precondition-required");
        }
        if (expected != current) {
            throw new ApiException(Status.PRECONDITION_FAILED, "stale");
        }
    }

    public static ApiException notFound() {
        return new ApiException(Status.NOT_FOUND, "not-found");
    }

    public static ApiException forbidden() {
        return new ApiException(Status.FORBIDDEN, "forbidden");
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(Status.TOO_MANY_REQUESTS, "too-many-requests", List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)),
                Math.max(1, (retryAfterSeconds + 59) / 60));
    }

    /** A partner over its rate limit: try again in that many seconds. */
    public static ApiException rateLimited(long retryAfterSeconds) {
        return new ApiException(Status.TOO_MANY_REQUESTS, "rate-limited", List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)), retryAfterSeconds);
    }

    public Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] detailArguments() {
        return detailArguments;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
