package dev.followup.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import dev.followup.validation.SaneTime;

/**
 * A keyset position in a list ordered by (an instant, id): opaque to clients, so the encoding may
 * change without breaking them. It also names the order it belongs to, so that a cursor is not
 * reused with a different sort.
 */
public record Cursor(String order, Instant instant, UUID id) {

    public String encode() {
        String raw = order + "|" + instant.getEpochSecond() + "|" + instant.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor produced by {@link #encode()} for the given order, or fails with a 400-worthy reason. */
    public static Cursor decode(String encoded, String expectedOrder) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 4) {
                throw new InvalidCursorException("is not a cursor returned by this service");
            }
            if (!parts[0].equals(expectedOrder)) {
                throw new InvalidCursorException("belongs to a list in another order; start again without a cursor");
            }
            Instant instant = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            if (!SaneTime.accepts(instant)) {
                throw new InvalidCursorException("is not a cursor returned by this service");
            }
            return new Cursor(parts[0], instant, UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidCursorException("is not a cursor returned by this service");
        }
    }
}
