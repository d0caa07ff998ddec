package dev.followup.interview;

/**
 * Fired inside the writing transaction when an interview was registered, changed or deleted, or when
 * an outcome closed its hiring process, so that the event is recorded in the same commit as the change.
 */
public record InterviewEvent(Kind kind, String tenantId, String ownerId, InterviewResponse interview) {

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED,
        /** An offer, a rejection or a withdrawal ended the hiring process (R10). */
        PROCESS_CLOSED
    }
}
