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
        byte[] address = bytesOf(to == null ? "" : to.strip());
        byte[] subjectBytes = bytesOf(subject);
        byte[] bodyBytes = bytesOf(body);
        // Three bytes out for every byte in at most; a bare line break takes six, and makes room for itself.
        Mailto link = new Mailto(32 + 3 * (address.length + subjectBytes.length + bodyBytes.length));
        link.ascii("mailto:").encode(address, IN_ADDRESS, false).ascii("?subject=")
                .encode(subjectBytes, UNRESERVED, false).ascii("&body=").encode(bodyBytes, UNRESERVED, true);
        return new String(link.out, 0, link.length, StandardCharsets.ISO_8859_1); // ASCII: copied as it is
    }

    /** UTF-8, as the RFC asks; an unpaired surrogate becomes {@code ?}, as the JDK's encoder writes it. */
    private static byte[] bytesOf(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    private Mailto ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            out[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /**
     * Each byte as it is where {@code kept} says so, else as its escape. With {@code lines}, every line
     * break ({@code \n} or {@code \r\n}) becomes CRLF.
     */
    private Mailto encode(byte[] bytes, boolean[] kept, boolean lines) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (kept[b]) {
                out[length++] = (byte) b;
            } else if (lines && (b == '\n' || b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                if (length + 6 + 3 * (bytes.length - i) > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                escape('\r');
                escape('\n');
                i += b == '\r' ? 1 : 0;
            } else {
                escape(b);
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
}
