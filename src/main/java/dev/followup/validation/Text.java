package dev.followup.validation;

import java.util.Locale;

/**
 * What text the service accepts, wherever it enters (JSON bodies, query and path parameters): text
 * that reaches a calendar line, a {@code mailto:} link or a mail header must not be able to break
 * out of it, and text that looks blank must not pass as a name.
 *
 * <ul>
 * <li>single-line text (names, titles, subjects, emails, URLs, topics, ...): no control character
 * at all (C0, DEL, C1) and no line or paragraph separator;</li>
 * <li>multi-line text (a draft's body, a signature): line feeds and tabs only, no other control
 * character (a carriage return included: lines end with LF);</li>
 * <li>every text: valid Unicode (no lone UTF-16 surrogate, which would be stored as "?"), no
 * bidirectional embedding, override or isolate controls, and at least one visible character when
 * it holds zero-width characters.</li>
 * </ul>
 * Pure: each check returns why the text is refused, or null when it is fine.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code text} is not acceptable as single-line text, or null. */
    public static String problemInSingleLine(String text) {
        return problem(text, false);
    }

    /** Why {@code text} is not acceptable as multi-line text, or null. */
    public static String problemInMultiLine(String text) {
        return problem(text, true);
    }

    private static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        boolean visible = false;
        boolean invisible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (isVisible(codePoint)) {
                    visible = true;
                } else {
                    invisible = true; // tag characters and other formats beyond the first plane
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "must be valid Unicode: it holds a lone UTF-16 surrogate (" + codePoint(c) + ")";
            }
            if (c == '\0') {
                return "must not contain the NUL character (\\u0000)";
            }
            if (isControl(c) && !(multiLine && (c == '\n' || c == '\t'))) {
                return multiLine
                        ? "must not contain control characters other than line feed and tab (found " + codePoint(c)
                                + ")"
                        : "must be a single line without control characters (found " + codePoint(c) + ")";
            }
            if (!multiLine && (c == '\u2028' || c == '\u2029')) {
                return "must be a single line (found the line separator " + codePoint(c) + ")";
            }
            if (isBidiControl(c)) {
                return "must not contain bidirectional embedding, override or isolate controls (found "
                        + codePoint(c) + ")";
            }
            if (isVisible(c)) {
                visible = true;
            } else if (c != ' ') {
                invisible = true;
            }
        }
        if (invisible && !visible) {
            // Plain spaces alone are left to @NotBlank ("must not be blank"); anything else that shows nothing is refused.
            return "must contain visible characters, not only zero-width, format or space characters";
        }
        return null;
    }

    /** A letter, digit, mark, symbol or punctuation: something a reader sees. */
    static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.FORMAT, Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED,
                    Character.PRIVATE_USE ->
                false;
            default -> true;
        };
    }

    /** C0 controls, DEL and C1 controls. */
    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A to U+202E) and LRI, RLI, FSI, PDI (U+2066 to U+2069). */
    static boolean isBidiControl(char c) {
        return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
