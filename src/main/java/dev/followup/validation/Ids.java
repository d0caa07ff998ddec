package dev.followup.validation;

import java.util.UUID;

/** Path ids arrive as text, so that a malformed one is a 400 naming the parameter rather than a 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "must be a UUID such as 0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
        }
    }
}
