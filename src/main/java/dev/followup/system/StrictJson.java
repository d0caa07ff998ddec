package dev.followup.system;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

import dev.followup.problem.RefusedValueException;
import dev.followup.validation.MultiLine;
import dev.followup.validation.SaneTime;
import dev.followup.validation.Text;

/**
 * Makes JSON reading refuse what leniency would silently turn into something else: content after
 * the document, a key given twice, an unknown property (a misspelt flag would be dropped), a value
 * of one type coerced into another (1 or "true" for a boolean, a number for a text), a date-time
 * without an offset, a date outside the years the service accepts, and text the service does not
 * accept ({@link Text}: control characters, lone surrogates, bidi overrides, invisible-only text).
 * Text is single-line unless its field is marked {@link MultiLine}.
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    /** Runs after Quarkus' own customizers, so that these settings win over the defaults. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-scalars")
                .addDeserializer(OffsetDateTime.class, new IsoTime<>(OffsetDateTime.class, OffsetDateTime::parse,
                        SaneTime::accepts, "not an ISO-8601 date-time with an offset"))
                .addDeserializer(LocalDate.class, new IsoTime<>(LocalDate.class, LocalDate::parse, SaneTime::accepts,
                        "not an ISO-8601 date"))
                .addDeserializer(String.class, new AcceptedText(false)));
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        refuseCoercion(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuseCoercion(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuseCoercion(mapper, LogicalType.Enum, CoercionInputShape.EmptyString, CoercionInputShape.Integer);
        refuseCoercion(mapper, LogicalType.POJO, CoercionInputShape.EmptyString, CoercionInputShape.String);
        refuseCoercion(mapper, LogicalType.Collection, CoercionInputShape.EmptyString, CoercionInputShape.String);
        // "" for a UUID would be read as null: a processId left empty would silently start a new process.
        refuseCoercion(mapper, LogicalType.OtherScalar, CoercionInputShape.EmptyString, CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        mapper.setDefaultLeniency(false);
    }

    private static void refuseCoercion(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * Reads a JSON string, and nothing else, as an ISO-8601 value in the accepted years: a date-time with
     * an offset (such as 2026-03-06T14:00:00+01:00; one without is not read as UTC) or a date.
     */
    static final class IsoTime<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;
        private final Predicate<T> accepted;
        private final String expected;

        IsoTime(Class<T> type, Function<String, T> parse, Predicate<T> accepted, String expected) {
            super(type);
            this.parse = parse;
            this.accepted = accepted;
            this.expected = expected;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            T value;
            try {
                value = parse.apply(parser.getText());
            } catch (DateTimeException e) {
                return (T) context.handleWeirdStringValue(handledType(), parser.getText(), expected);
            }
            if (!accepted.test(value)) {
                throw new RefusedValueException(parser, handledType(), SaneTime.MESSAGE);
            }
            return value;
        }
    }

    /**
     * Reads a JSON string, and nothing else, as text the service accepts: single-line unless the
     * field is marked {@link MultiLine}.
     */
    static final class AcceptedText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        AcceptedText(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean marked = property != null && property.getAnnotation(MultiLine.class) != null;
            return marked == multiLine ? this : new AcceptedText(marked);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            String problem = multiLine ? Text.problemInMultiLine(text) : Text.problemInSingleLine(text);
            if (problem != null) {
                throw new RefusedValueException(parser, String.class, problem);
            }
            return text;
        }
    }
}
