package dev.followup.interview;

import java.util.Set;
import java.util.UUID;

/**
 * Fired, inside the writing transaction, after interviews of these hiring processes were
 * registered, changed or deleted, so that their follow-up plans are recomputed in the same commit.
 *
 * @param startedProcess a new interview that starts a hiring process of its own, or null: its process has
 *        no other round and no stored plan yet, so neither needs reading
 */
public record InterviewsChanged(String tenantId, String ownerId, Set<UUID> processIds, Interview startedProcess) {

    public InterviewsChanged(String tenantId, String ownerId, Set<UUID> processIds) {
        this(tenantId, ownerId, processIds, null);
    }

    /** A new interview registered without a process id: the first and only round of a new process. */
    static InterviewsChanged processStartedBy(Interview interview) {
        return new InterviewsChanged(interview.tenantId, interview.ownerId, Set.of(interview.processId), interview);
    }
}
