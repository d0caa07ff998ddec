package dev.followup.system;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Makes JSON reading strict where leniency would hide a client's mistake: a date-time without an
 * offset is refused instead of being read as UTC, text holds no NUL character (PostgreSQL cannot
 * store one), and a number is not accepted for an enum.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    /** Runs after Quarkus' own customizers, so that these deserializers win over the defaults. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-scalars")
                .addDeserializer(OffsetDateTime.class, new OffsetDateTimeWithOffset())
                .addDeserializer(String.class, new TextWithoutNul()));
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Reads only ISO-8601 date-times that carry an offset, such as 2026-03-06T14:00:00+01:00. */
    static final class OffsetDateTimeWithOffset extends StdScalarDeserializer<OffsetDateTime> {

        OffsetDateTimeWithOffset() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            String text = parser.getText().strip();
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeException e) {
                return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
                        "not an ISO-8601 date-time with an offset");
            }
        }
    }

    /** Reads text as Jackson does, refusing the NUL character. */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text.replace('\0', '?'),
                        "contains the NUL character (\\u0000), which no text accepts");
            }
            return text;
        }
    }
}
