package org.elbasar.common.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.function.Function;

/**
 * The one window every date and time the API reads must fall in, JSON fields and query, path and form
 * parameters alike: years 1900 to 2200. Beyond it a value means nothing to the platform, and some cannot
 * be stored (PostgreSQL's timestamps end in 294276) or written (iCalendar's years have four digits): it is
 * refused with 400 naming the field instead of failing deeper. Dates people mean have narrower windows of
 * their own ({@link org.elbasar.common.validation.DateWindow}).
 */
@Provider
public class TemporalBounds implements ParamConverterProvider {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    static final String MESSAGE_KEY = "validation.date-range";

    private static final Map<Class<?>, Function<String, TemporalAccessor>> PARSERS = Map.of(
            LocalDate.class, LocalDate::parse,
            LocalDateTime.class, LocalDateTime::parse,
            Instant.class, Instant::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse);

    /** A date or time outside the window, where a JSON field was read: the mappers name the field. */
    public static final class OutOfRange extends InvalidFormatException {

        OutOfRange(JsonParser parser, Object value, Class<?> type) {
            super(parser, "Date or time outside years " + FIRST_YEAR + "-" + LAST_YEAR, value, type);
        }
    }

    public static boolean within(TemporalAccessor value) {
        TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        int year = dated.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** JSON: the deserializers of the java.time types, each followed by the window's check. */
    public static Module jacksonModule() {
        return new SimpleModule("temporal-bounds").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return PARSERS.containsKey(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
            }
        });
    }

    private static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !within(temporal)) {
                throw new OutOfRange(parser, value, handledType());
            }
            return value;
        }
    }

    /** Query, path and form parameters of the java.time types, parsed here so that a refusal names the parameter. */
    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, TemporalAccessor> parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        String name = parameterName(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String text) {
                if (text == null || text.isEmpty()) {
                    return null;
                }
                TemporalAccessor value;
                try {
                    value = parser.apply(text);
                } catch (DateTimeParseException e) {
                    throw ApiException.invalid(name, "validation.wrong-type");
                }
                if (!within(value)) {
                    throw ApiException.invalid(name, MESSAGE_KEY, FIRST_YEAR, LAST_YEAR);
                }
                return rawType.cast(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "";
    }
}
