package dev.followup.draft;

import java.nio.charset.StandardCharsets;

/**
 * {@code mailto:} links per RFC 6068: the address, the subject and the body are each percent-encoded
 * as UTF-8, leaving only unreserved characters (and the address's {@code @}) as they are, so that no
 * character of them can start another header ({@code ?}, {@code &}, {@code =}) or end the link.
 * Line breaks in the body are CRLF, as the RFC requires.
 */
final class Mailto {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Mailto() {
    }

    static String of(String to, String subject, String body) {
        String lines = body == null ? "" : body.replace("\r\n", "\n").replace("\n", "\r\n");
        return "mailto:" + encode(to == null ? "" : to.strip(), true) + "?subject=" + encode(subject, false)
                + "&body=" + encode(lines, false);
    }

    static String encode(String text, boolean address) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() * 3 / 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c) || (address && c == '@')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** RFC 3986 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~". */
    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                || c == '_' || c == '~';
    }
}
