package dev.followup.schedule;

import java.time.Duration;

/** How long the rules wait, in one place: each timing names the rule (R1..R14) it comes from. */
final class PlanTimings {

    /** R1: "a few hours" after the interview. */
    static final Duration THANK_YOU_DELAY = Duration.ofHours(2);
    /** R1: a thank-you goes out within 24 hours. */
    static final Duration THANK_YOU_DEADLINE = Duration.ofHours(24);
    /** R2: a handwritten note is posted within two business days. */
    static final int NOTE_POSTING_DAYS = 2;
    /** How many business days a status check stays due before it is overdue. */
    static final int CHECK_WINDOW_DAYS = 2;
    /** R4: about one week after the interview. */
    static final int FIRST_CHECK_DAYS = 7;
    /** R4, seed 002: three business days. */
    static final int FIRST_CHECK_BUSINESS_DAYS = 3;
    /** R7: a final follow-up about two weeks after the interview ... */
    static final int FINAL_FOLLOW_UP_DAYS = 14;
    /** ... and at least a working week after the first check. */
    static final int FINAL_AFTER_CHECK_BUSINESS_DAYS = 5;
    /** R7 persistent: weekly. */
    static final int PERSISTENT_SPACING_DAYS = 7;
    /** R8: how long to wait for an answer to the last follow-up before moving on. */
    static final int MOVE_ON_AFTER_DAYS = 7;
    /** R11: answer a rejection within two business days. */
    static final int REJECTION_REPLY_DAYS = 2;
    /** R1 with R14: on the last working stretch of a day, leave this long to write before closing. */
    static final Duration LAST_STRETCH = Duration.ofMinutes(30);

    private PlanTimings() {
    }
}
