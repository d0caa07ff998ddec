package dev.followup.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.followup.validation.InvalidParameterException;

/**
 * A place in a feed: after the event at {@code position} of the tenant's feed. Opaque to clients (the
 * {@code after} parameter, the stream's event ids, {@code Last-Event-ID}), so the encoding may change.
 */
record FeedCursor(long position) {

    private static final String TAG = "ev|";

    static final FeedCursor START = new FeedCursor(0);

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TAG + position).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor produced by {@link #encode()}, or fails with a 400 naming {@code field}. */
    static FeedCursor decode(String encoded, String field) {
        if (encoded == null || encoded.isBlank()) {
            return START;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            if (raw.startsWith(TAG)) {
                long position = Long.parseLong(raw.substring(TAG.length()));
                if (position >= 0) {
                    return new FeedCursor(position);
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new InvalidParameterException(field, "is not a position returned by this service");
    }
}
