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
    /** RFC 3986 unreserved, by UTF-8 byte: ALPHA / DIGIT / "-" / "." / "_" / "~". */
    private static final boolean[] UNRESERVED = new boolean[256];
    /** The same, and "@": what an address keeps as it is. */
    private static final boolean[] IN_ADDRESS = new boolean[256];

    static {
        for (int c = 0; c < 0x80; c++) {
            UNRESERVED[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '.' || c == '_' || c == '~';
            IN_ADDRESS[c] = UNRESERVED[c] || c == '@';
        }
    }

    /** The link's ASCII bytes as they are written. */
    private byte[] out;
    private int length;

    private Mailto(int capacity) {
        out = new byte[capacity];
    }

    static String of(String to, String subject, String body) {
        String address = to == null ? "" : to.strip();
        String subjectText = subject == null ? "" : subject;
        String bodyText = body == null ? "" : body;
        // Three bytes out for each character, as long as it is ASCII: room enough for most links at once.
        Mailto link = new Mailto(32 + 3 * (address.length() + subjectText.length() + bodyText.length()));
        link.ascii("mailto:").encode(address, IN_ADDRESS, false).ascii("?subject=")
                .encode(subjectText, UNRESERVED, false).ascii("&body=").encode(bodyText, UNRESERVED, true);
        return new String(link.out, 0, link.length, StandardCharsets.ISO_8859_1); // ASCII: copied as it is
    }

    private Mailto ascii(String text) {
        makeRoom(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /**
     * Each character's UTF-8 bytes, as they are where {@code kept} says so, else as their escapes; read
     * from the characters, so no copy of the text in UTF-8 is made first. An unpaired surrogate becomes
     * {@code ?}, as the JDK's encoder writes it. With {@code lines}, every line break ({@code \n} or
     * {@code \r\n}) becomes CRLF.
     */
    private Mailto encode(String text, boolean[] kept, boolean lines) {
        makeRoom(3 * text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && kept[c]) {
                out[length++] = (byte) c;
                continue;
            }
            // Room for this character's bytes (four escapes at most) and three for each character after it.
            makeRoom(12 + 3 * (text.length() - i - 1));
            if (c < 0x80) {
                if (lines && (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                    escape('\r');
                    escape('\n');
                    i += c == '\r' ? 1 : 0;
                } else {
                    escape(c);
                }
            } else if (c < 0x800) {
                escape(0xC0 | c >> 6);
                escape(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                escape(0xF0 | codePoint >> 18);
                escape(0x80 | codePoint >> 12 & 0x3F);
                escape(0x80 | codePoint >> 6 & 0x3F);
                escape(0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                escape('?');
            } else {
                escape(0xE0 | c >> 12);
                escape(0x80 | c >> 6 & 0x3F);
                escape(0x80 | c & 0x3F);
            }
        }
        return this;
    }

    private void makeRoom(int bytes) {
        if (length + bytes > out.length) {
            out = Arrays.copyOf(out, Math.max(2 * out.length, length + bytes));
        }
    }

    private void escape(int octet) {
        out[length] = '%';
        out[length + 1] = HEX[octet >> 4];
        out[length + 2] = HEX[octet & 0xF];
        length += 3;
    }
}
