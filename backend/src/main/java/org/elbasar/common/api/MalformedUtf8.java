package org.elbasar.common.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text comes in UTF-8 or is refused with 400. A lenient decoder takes an overlong form for another
 * character (C0 BC for '<'), and turns a lone surrogate or a code point beyond U+10FFFF into '?' or U+FFFD:
 * what would be stored would differ from what was acknowledged. The address (path and query, percent-escapes
 * decoded) is checked here, bodies of text by {@link MalformedUtf8Bodies}, and form fields, which the framework
 * decodes before anything sees their bytes, by {@link #refuseReplaced}. Uploaded file names are never kept.
 */
public class MalformedUtf8 {

    public static boolean isValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Form fields reach a resource already decoded, with U+FFFD where their bytes were not UTF-8; nobody types
     * that character, so a field holding it is refused as malformed.
     */
    public static void refuseReplaced(String... fields) {
        for (String field : fields) {
            if (field != null && field.indexOf('\uFFFD') >= 0) {
                throw refusal();
            }
        }
    }

    static ApiException refusal() {
        return new ApiException(Status.BAD_REQUEST, "malformed-text");
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseInAddress(HttpServerRequest request) {
        if (!isValid(bytesOf(request.uri()))) {
            throw refusal();
        }
    }

    /** The bytes of a request target as sent: percent-escapes decoded, other characters as the octets they came as. */
    private static byte[] bytesOf(String target) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(target.length());
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%' && i + 2 < target.length() && Character.digit(target.charAt(i + 1), 16) >= 0
                    && Character.digit(target.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(target.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
