package dev.followup.schedule;

/** What is stored: an item is open until the candidate does or skips it, or the plan cancels it. */
enum FollowUpState {
    OPEN,
    DONE,
    SKIPPED,
    CANCELLED
}
