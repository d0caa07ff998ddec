package dev.followup.personaldata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Replaces an erased person's words (a name, an email) wherever stored text still holds them as words (not
 * inside a longer word), in any case, with {@link #ERASED}. Used where a row is someone else's and stays: a candidate's saved draft that greeted
 * the interviewer, an event or a vendor webhook that listed them.
 */
public final class Redaction {

    /** What takes an erased word's place: language-neutral, and plainly not a name. */
    public static final String ERASED = "[erased]";

    private final List<String> needles;
    private final Pattern pattern;

    /** @param needles the words to erase; blank ones are ignored */
    public Redaction(Collection<String> needles) {
        // Longest first, so that a full name is replaced whole before a shorter needle inside it.
        this.needles = needles.stream().filter(needle -> needle != null && !needle.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        this.pattern = this.needles.isEmpty()
                ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                        + String.join("|", this.needles.stream().map(Pattern::quote).toList())
                        + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether {@code text} holds one of the words. */
    public boolean appearsIn(String text) {
        return pattern != null && text != null && pattern.matcher(text).find();
    }

    /** {@code text} with every word replaced; the same instance when it held none (or was null). */
    public String text(String text) {
        if (!appearsIn(text)) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(ERASED));
    }

    /**
     * A JSON document with the words replaced in every string value (names of fields are the service's or a
     * vendor's, never a person's); the same instance when none held one. A text that is not JSON (a vendor
     * sent something else) is redacted as text.
     */
    public String json(String json, ObjectMapper mapper) {
        return json(json, mapper, field -> false, this);
    }

    /**
     * {@link #json(String, ObjectMapper)}, with the values of the fields {@code freeText} names (a note, a
     * vendor's first and last names) redacted by {@code wordByWord} instead: finer, for text about the person.
     */
    public String json(String json, ObjectMapper mapper, Predicate<String> freeText, Redaction wordByWord) {
        if (!appearsIn(json) && !wordByWord.appearsIn(json)) {
            return json;
        }
        try {
            String redacted = mapper.writeValueAsString(redact(mapper.readTree(json), this, freeText, wordByWord));
            return redacted.equals(mapper.writeValueAsString(mapper.readTree(json))) ? json : redacted;
        } catch (JsonProcessingException e) {
            return text(json);
        }
    }

    private static JsonNode redact(JsonNode node, Redaction redaction, Predicate<String> freeText,
            Redaction wordByWord) {
        if (node instanceof TextNode textNode) {
            return TextNode.valueOf(redaction.text(textNode.textValue()));
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                Redaction inField = freeText.test(field.getKey()) ? wordByWord : redaction;
                field.setValue(redact(field.getValue(), inField, freeText, wordByWord));
            }
        } else if (node instanceof ArrayNode array) {
            for (int index = 0; index < array.size(); index++) {
                array.set(index, redact(array.get(index), redaction, freeText, wordByWord));
            }
        }
        return node;
    }

    /**
     * SQL {@code like} patterns (escape character {@code \}) that find the words in a lower-cased column: a
     * coarse filter, so that only rows that may hold one are read and redacted.
     */
    public List<String> likePatterns() {
        List<String> patterns = new ArrayList<>();
        for (String needle : needles) {
            String escaped = needle.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            patterns.add("%" + escaped + "%");
        }
        return patterns;
    }

    /**
     * The condition {@code (lower(column) like ?n escape '\' or ...)} for {@link #likePatterns()}, numbered from
     * {@code firstParameter}.
     */
    public String likeCondition(String column, int firstParameter) {
        List<String> terms = new ArrayList<>();
        for (int index = 0; index < needles.size(); index++) {
            terms.add("lower(" + column + ") like ?" + (firstParameter + index) + " escape '\\'");
        }
        return terms.isEmpty() ? "1 = 0" : "(" + String.join(" or ", terms) + ")";
    }
}
