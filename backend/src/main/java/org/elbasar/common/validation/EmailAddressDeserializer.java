package org.elbasar.common.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads an email address in its normalised form, so that services store and compare only that. */
public class EmailAddressDeserializer extends StdDeserializer<String> {

    public EmailAddressDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return EmailAddresses.normalise(context.readValue(parser, String.class));
    }
}
