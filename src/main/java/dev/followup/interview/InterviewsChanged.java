package dev.followup.interview;

import java.util.Set;
import java.util.UUID;

/**
 * Fired, inside the writing transaction, after interviews of these hiring processes were
 * registered, changed or deleted, so that their follow-up plans are recomputed in the same commit.
 */
public record InterviewsChanged(String tenantId, String ownerId, Set<UUID> processIds) {
}
