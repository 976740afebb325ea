package org.elbasar.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem+json answers. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://elbasar.org/problems/";

    private final Messages messages;

    public ProblemMappers(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        List<Problem.Violation> violations = e.fieldErrors().isEmpty() ? null : e.fieldErrors().stream()
                .map(f -> new Problem.Violation(f.field(), messages.get(locale, f.messageKey(), f.arguments())))
                .toList();
        Response.ResponseBuilder answer = respond(e.status(), e.code(), locale, uri, violations, e.detailArguments());
        e.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(Status.BAD_REQUEST, "validation", locale, uri, violations).build();
    }

    /** Named exactly, since Quarkus has its own mapper for MismatchedInputException, which would win otherwise. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, UnrecognizedPropertyException.class,
            InvalidFormatException.class })
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.preferred(headers.getAcceptableLanguages());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String message = e instanceof UnrecognizedPropertyException ? messages.get(locale, "validation.unknown-property")
                    : e instanceof TemporalBounds.OutOfRange
                            ? messages.get(locale, TemporalBounds.MESSAGE_KEY, TemporalBounds.FIRST_YEAR, TemporalBounds.LAST_YEAR)
                            : messages.get(locale, "validation.wrong-type");
            List<Problem.Violation> violations = List.of(new Problem.Violation(jsonPath(mapping), message));
            return respond(Status.BAD_REQUEST, "validation", locale, uri, violations).build();
        }
        if (e instanceof StreamReadException read && read.getProcessor() != null
                && read.getOriginalMessage().startsWith("Duplicate field")) {
            // JsonParser.Feature.STRICT_DUPLICATE_DETECTION: the parser stopped on the key given again
            List<Problem.Violation> violations = List.of(new Problem.Violation(contextPath(read.getProcessor().getParsingContext()),
                    messages.get(locale, "validation.duplicate-key")));
            return respond(Status.BAD_REQUEST, "validation", locale, uri, violations).build();
        }
        return respond(Status.BAD_REQUEST, "malformed-json", locale, uri, null).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return respond(Status.UNAUTHORIZED, "unauthorized", Messages.preferred(headers.getAcceptableLanguages()), uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(Status.FORBIDDEN, "forbidden", Messages.preferred(headers.getAcceptableLanguages()), uri, null).build();
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(Status.PRECONDITION_FAILED, "stale", Messages.preferred(headers.getAcceptableLanguages()), uri, null).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, headers, uri);
        }
        if (e.getCause() instanceof ApiException refusal) {
            // a parameter converter's refusal (TemporalBounds), which JAX-RS wraps in a 400 or a 404
            return api(refusal, headers, uri);
        }
        Status status = Status.fromStatusCode(e.getResponse().getStatus());
        if (status == Status.NOT_FOUND && e.getCause() != null && !uri.getQueryParameters().isEmpty()) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (not a UUID, not a number...),
            // without saying which. A malformed id in the path names no resource (404, which the SPA shows as
            // such); with a query string, the malformed value is taken to be there: the request is invalid.
            status = Status.BAD_REQUEST;
        }
        if (status == null) {
            status = Status.BAD_REQUEST;
        }
        String code = codeOf(status.getStatusCode());
        Response.ResponseBuilder answer = respond(status, code, Messages.preferred(headers.getAcceptableLanguages()), uri, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(Status.INTERNAL_SERVER_ERROR, "internal", Messages.preferred(headers.getAcceptableLanguages()), uri, null)
                .build();
    }

    /** The problem document of a refusal; also for answers given below JAX-RS ({@link HttpErrors}). */
    static Problem problem(Messages messages, int status, String code, Locale locale, String instance,
            List<Problem.Violation> violations, Object... detailArguments) {
        return new Problem(TYPE_BASE + code,
                messages.get(locale, "problem." + code + ".title"),
                status,
                messages.get(locale, "problem." + code + ".detail", detailArguments),
                instance,
                violations);
    }

    private Response.ResponseBuilder respond(Status status, String code, Locale locale, UriInfo uri,
            List<Problem.Violation> violations, Object... detailArguments) {
        Problem problem = problem(messages, status.getStatusCode(), code, locale, uri.getPath(), violations, detailArguments);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem);
    }

    /** The problem code of a bare HTTP status. */
    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            default -> "http-error";
        };
    }

    /** The JSON path of a bean-validation violation, without the Java method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
                if (node.getIndex() != null) {
                    int last = parts.size() - 1;
                    if (last >= 0) {
                        parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
                    }
                }
                if (!name.isEmpty()) {
                    parts.add(name);
                }
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", parts);
    }

    /** The JSON path of where a parser is, as {@link #jsonPath} writes it. */
    private static String contextPath(JsonStreamContext context) {
        java.util.Deque<JsonStreamContext> nested = new java.util.ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            nested.push(at);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at : nested) {
            if (at.inObject() && at.getCurrentName() != null) {
                path.append(path.length() > 0 ? "." : "").append(at.getCurrentName());
            } else if (at.inArray()) {
                path.append('[').append(at.getCurrentIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
