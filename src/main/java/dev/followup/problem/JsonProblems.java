package dev.followup.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Jackson's reasons for not reading a body, as problems that name the field and what to send instead. */
final class JsonProblems {

    private static final String DUPLICATE = "Duplicate field '";
    private static final String TRAILING = "must hold one JSON document, with nothing after it";

    private JsonProblems() {
    }

    /** Not well-formed JSON; a key given twice is named as a field. */
    static Response malformed(JsonParseException e, UriInfo uri) {
        String message = e.getOriginalMessage();
        JsonParser parser = e.getProcessor();
        if (message != null && message.startsWith(DUPLICATE) && parser != null) {
            String name = message.substring(DUPLICATE.length(), message.indexOf('\'', DUPLICATE.length()));
            String parent = pathOf(parser.getParsingContext());
            return Problems.validation(uri, parent.isEmpty() ? name : parent + "." + name,
                    "is given twice: send each field once");
        }
        if (parser != null && parser.getParsingContext() != null && parser.getParsingContext().inRoot()
                && parser.getParsingContext().getEntryCount() > 0) {
            // A whole document was read, and something that is no JSON came after it.
            return Problems.validation(uri, "body", TRAILING);
        }
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Problems.problem(ProblemType.MALFORMED_BODY, uri,
                "The body is not well-formed JSON" + where + ". Send a JSON object.");
    }

    /** Well-formed JSON that does not fit the request: a wrong type, an unknown field, a refused value. */
    static Response mismatched(JsonMappingException e, UriInfo uri) {
        return Problems.respond(mismatched(e, "", uri.getPath()));
    }

    /**
     * The problem of a part of the body read on its own (an item of a batch), its fields named from
     * {@code prefix} (such as {@code items[3]}); the whole body when the prefix is empty.
     */
    static Problem mismatched(JsonMappingException e, String prefix, String instance) {
        String path = jsonPath(e.getPath());
        String field = prefix.isEmpty() || path.isEmpty()
                ? prefix + path
                : path.startsWith("[") ? prefix + path : prefix + "." + path;
        if (e instanceof RefusedValueException refused) {
            return invalid(instance, field.isEmpty() ? "body" : field, refused.reason());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalid(instance, field, "is not a field of this request: check its spelling"
                    + known(unknown.getKnownPropertyIds()));
        }
        if (path.isEmpty()) {
            String message = e.getOriginalMessage();
            if (prefix.isEmpty() && message != null && message.startsWith("Trailing token")) {
                return invalid(instance, "body", TRAILING);
            }
            return prefix.isEmpty()
                    ? Problems.document(ProblemType.MALFORMED_BODY, instance, "The body must be a JSON object.", null)
                    : invalid(instance, prefix, "must be an object");
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == String.class && e instanceof InvalidFormatException) {
            return invalid(instance, field, "is not text the service accepts");
        }
        return invalid(instance, field, expected(target));
    }

    private static Problem invalid(String instance, String field, String message) {
        return Problems.validation(instance, List.of(new Problem.Violation(field, message)));
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        Collections.sort(names);
        return " (the fields are " + String.join(", ", names) + ")";
    }

    /** What a value of the target type looks like, in words a client developer can act on. */
    static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + String.join(", ", WireEnum.names(target));
        }
        if (target == OffsetDateTime.class) {
            return "must be an ISO-8601 date-time with an offset, such as 2026-03-06T14:00:00+01:00";
        }
        if (target == LocalDate.class) {
            return "must be an ISO-8601 date, such as 2026-03-13";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 date-time";
        }
        if (target == UUID.class) {
            return "must be a UUID such as 0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The path of the object the parser is in, as {@code interviewers[1]}; empty at the top level. */
    private static String pathOf(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < chain.size() - 1; i++) { // the last one is the object holding the duplicate
            JsonStreamContext c = chain.get(i);
            if (c.inArray()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return path.toString();
    }
}
