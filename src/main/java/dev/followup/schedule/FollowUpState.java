package dev.followup.schedule;

/**
 * What is stored: an item is open until the candidate does or skips it, or the plan cancels it; it is
 * missed when its window had closed before the interview was registered.
 */
public enum FollowUpState {
    OPEN,
    DONE,
    SKIPPED,
    CANCELLED,
    MISSED
}
