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

    @Test
    void everyCharacterOutsideTheUnreservedSetIsPercentEncoded() {
        String link = Mailto.of("a@b.example", "x y!*'();:@&=+$,/?#[]", "é");
        String fields = link.substring(link.indexOf('?') + 1);
        assertThat(fields.replaceAll("%[0-9A-F]{2}", "")).matches("subject=[A-Za-z0-9._~-]*&body=[A-Za-z0-9._~-]*");
    }
}
