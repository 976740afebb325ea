package org.elbasar.common.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Bodies of text (JSON, plain text) are decoded strictly before anything reads them: Jackson's own decoder
 * takes overlong forms and surrogates encoded in UTF-8 for characters. See {@link MalformedUtf8}.
 */
@Provider
public class MalformedUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().endsWith("json") || type.getType().equals("text"))) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!MalformedUtf8.isValid(body)) {
                throw MalformedUtf8.refusal();
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
