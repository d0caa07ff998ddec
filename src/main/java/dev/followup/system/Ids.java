package dev.followup.system;

import java.util.UUID;

import org.hibernate.id.uuid.UuidVersion7Strategy;

/** Identifiers assigned in code, of the same kind the entities' generators make: time-ordered UUIDs. */
public final class Ids {

    private Ids() {
    }

    /** A UUID version 7: time-ordered, so new rows land at the right edge of the primary key's index. */
    public static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
