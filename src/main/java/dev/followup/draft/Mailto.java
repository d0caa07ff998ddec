package dev.followup.draft;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code mailto:} links per RFC 6068: the address, the subject and the body are each percent-encoded
 * as UTF-8, leaving only unreserved characters (and the address's {@code @}) as they are, so that no
 * character of them can start another header ({@code ?}, {@code &}, {@code =}) or end the link.
 * Line breaks in the body are CRLF, as the RFC requires.
 */
final class Mailto {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** What an unpaired surrogate encodes to: UTF-8 encoders write {@code ?} in its place. */
    private static final int REPLACEMENT = '?';
    /** The most one character adds: a supplementary one's four escaped bytes. */
    private static final int MOST_PER_CHARACTER = 12;
    private static final boolean[] UNRESERVED = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            UNRESERVED[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || c == '~';
        }
    }

    /** The link's ASCII bytes as they are written; grows as needed. */
    private byte[] out;
    private int length;

    private Mailto(int capacity) {
        out = new byte[capacity];
    }

    static String of(String to, String subject, String body) {
        String address = to == null ? "" : to.strip();
        int chars = address.length() + (subject == null ? 0 : subject.length()) + (body == null ? 0 : body.length());
        Mailto link = new Mailto(32 + chars * 2);
        link.ascii("mailto:").encode(address, true, false).ascii("?subject=").encode(subject, false, false)
                .ascii("&body=").encode(body, false, true);
        return new String(link.out, 0, link.length, StandardCharsets.ISO_8859_1); // ASCII: copied as it is
    }

    private Mailto ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /**
     * Character by character, without an intermediate byte array: unreserved ASCII as it is, anything
     * else as the escapes of its UTF-8 bytes. With {@code lines}, every line break ({@code \n} or
     * {@code \r\n}) becomes CRLF.
     */
    private Mailto encode(String text, boolean address, boolean lines) {
        if (text == null) {
            return this;
        }
        room(text.length() * 3); // three bytes per character at most, but for those checked below
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '\n') { // may take more than three bytes: room for it and three per later one
                room(MOST_PER_CHARACTER + (text.length() - i) * 3);
            }
            if (c < 0x80 && (UNRESERVED[c] || address && c == '@')) {
                out[length++] = (byte) c;
            } else if (lines && (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                escape('\r');
                escape('\n');
                i += c == '\r' ? 1 : 0;
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                escape(0xC0 | c >> 6);
                escape(0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                int codePoint = text.codePointAt(i);
                if (Character.isSupplementaryCodePoint(codePoint)) {
                    escape(0xF0 | codePoint >> 18);
                    escape(0x80 | codePoint >> 12 & 0x3F);
                    escape(0x80 | codePoint >> 6 & 0x3F);
                    escape(0x80 | codePoint & 0x3F);
                    i++;
                } else {
                    escape(REPLACEMENT);
                }
            } else {
                escape(0xE0 | c >> 12);
                escape(0x80 | c >> 6 & 0x3F);
                escape(0x80 | c & 0x3F);
            }
        }
        return this;
    }

    private void escape(int octet) {
        out[length] = '%';
        out[length + 1] = HEX[octet >> 4];
        out[length + 2] = HEX[octet & 0xF];
        length += 3;
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
