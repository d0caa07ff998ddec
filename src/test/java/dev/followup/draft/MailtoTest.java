package dev.followup.draft;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6068: whatever the address, subject and body hold, a link carries exactly one recipient and two fields. */
class MailtoTest {

    /** Reads a mailto link as a mail client does: the recipient, then each header field. */
    private static Map<String, String> read(String link) {
        assertThat(link).startsWith("mailto:");
        String rest = link.substring("mailto:".length());
        int question = rest.indexOf('?');
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("to", decode(rest.substring(0, question)));
        for (String field : rest.substring(question + 1).split("&")) {
            int equals = field.indexOf('=');
            assertThat(fields.put(decode(field.substring(0, equals)), decode(field.substring(equals + 1))))
                    .as("the field %s appears once", field).isNull();
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thanks & see you", "Re: x?cc=evil@example.com", "50% done = great", "a#b",
            "line\r\nBcc: x",
            "Grüße aus Köln"})
    void aSubjectCanNeverAddAFieldOrLoseItself(String subject) {
        Map<String, String> fields = read(Mailto.of("maria.lopez@acme.example", subject, "Hello"));
        assertThat(fields).containsOnlyKeys("to", "subject", "body");
        assertThat(fields.get("subject")).isEqualTo(subject);
        assertThat(fields.get("to")).isEqualTo("maria.lopez@acme.example");
    }

    @Test
    void theAddressItselfIsEncoded() {
        String link = Mailto.of("maria+jobs@acme.example", "Hi", "Hello");
        assertThat(link).startsWith("mailto:maria%2Bjobs@acme.example?subject=Hi&body=Hello");
        assertThat(read(link).get("to")).isEqualTo("maria+jobs@acme.example");
        assertThat(URI.create(link).getScheme()).isEqualTo("mailto");
    }

    @Test
    void lineBreaksInTheBodyAreCrLf() {
        String link = Mailto.of("maria@acme.example", "Hi", "Dear Maria,\n\nThanks & bye");
        assertThat(link).endsWith("&body=Dear%20Maria%2C%0D%0A%0D%0AThanks%20%26%20bye");
        assertThat(read(link).get("body")).isEqualTo("Dear Maria,\r\n\r\nThanks & bye");
    }

    /** The encoding as RFC 6068 states it: the UTF-8 bytes of CRLF-normalised text, each kept or escaped. */
    private static String byTheRfc(String text, boolean address, boolean lines) {
        String normalised = lines ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
        StringBuilder out = new StringBuilder();
        for (byte b : normalised.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0
                    || address && c == '@';
            out.append(unreserved ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a\rb", "a\r\nb\nc\r", "\u00E9\u00DF\u00FF", "\u0100\u07FF\u0800",
            "Grand\u202Fmerci\u00A0\u00BB \u2013 \u0153", "\uFFFF\uD7FF\uE000", "\uD83D\uDE00 smile",
            "lone \uD83D high", "lone \uDE00 low", "end \uD83D", "x@y+z", "\u0000\u001F\u007F"})
    void encodesEveryCharacterAsItsUtf8BytesWould(String text) {
        String link = Mailto.of(text, text, text);
        String expected = "mailto:" + byTheRfc(text.strip(), true, false) + "?subject=" + byTheRfc(text, false, false)
                + "&body=" + byTheRfc(text, false, true);
        assertThat(link).isEqualTo(expected);
    }

    @Test
    void makesRoomForTextsThatTakeMoreThanThreeBytesACharacter() {
        String text = "\u20AC\n\uD83D\uDE00".repeat(300); // 9 bytes out for the euro, 6 for a line, 6 each half of 😀
        assertThat(Mailto.of(text, text, text)).isEqualTo("mailto:" + byTheRfc(text.strip(), true, false) + "?subject="
                + byTheRfc(text, false, false) + "&body=" + byTheRfc(text, false, true));
    }

    @Test
    void everyCharacterOutsideTheUnreservedSetIsPercentEncoded() {
        String link = Mailto.of("a@b.example", "x y!*'();:@&=+$,/?#[]", "é");
        String fields = link.substring(link.indexOf('?') + 1);
        assertThat(fields.replaceAll("%[0-9A-F]{2}", "")).matches("subject=[A-Za-z0-9._~-]*&body=[A-Za-z0-9._~-]*");
    }
}
