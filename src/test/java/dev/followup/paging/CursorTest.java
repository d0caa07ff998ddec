package dev.followup.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    static final UUID ID = UUID.fromString("0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");

    @Test
    void roundTripsToTheMicrosecondAndBeyond() {
        Cursor cursor = new Cursor("s", Instant.parse("2026-03-06T13:00:00.123456789Z"), ID);
        assertThat(Cursor.decode(cursor.encode(), "s")).isEqualTo(cursor);
    }

    @Test
    void isUrlSafe() {
        String encoded = new Cursor("m", Instant.parse("2026-03-06T13:00:00Z"), ID).encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesACursorOfAnotherOrder() {
        String encoded = new Cursor("s", Instant.parse("2026-03-06T13:00:00Z"), ID).encode();
        assertThatThrownBy(() -> Cursor.decode(encoded, "m")).isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("another order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "c3x4", "bm90IGEgY3Vyc29y"})
    void refusesWhatItDidNotProduce(String encoded) {
        assertThatThrownBy(() -> Cursor.decode(encoded, "s")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void refusesATamperedId() {
        String raw = "s|1741266000|0|not-a-uuid";
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Cursor.decode(encoded, "s")).isInstanceOf(InvalidCursorException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1998-12-31T23:59:59Z", "2102-01-01T00:00:00Z", "+999999-01-01T00:00:00Z",
            "-000001-01-01T00:00:00Z"})
    void refusesAPositionOutsideTheYearsTheServiceAccepts(String instant) {
        String encoded = new Cursor("s", Instant.parse(instant), UUID.randomUUID()).encode();
        assertThatThrownBy(() -> Cursor.decode(encoded, "s")).isInstanceOf(InvalidCursorException.class);
    }
}
