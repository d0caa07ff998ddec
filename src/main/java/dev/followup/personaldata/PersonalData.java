package dev.followup.personaldata;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One feature's share of what the service stores about a candidate, exported on request (GDPR articles
 * 15 and 20) and erased on request (article 17). Every feature that keeps personal data provides one
 * bean of this type, so the export and the erasures (of a candidate, of an interviewer) cover its tables
 * without the privacy endpoints knowing them.
 */
public interface PersonalData {

    /** Erased first: deliveries are found through the events they carry. */
    int BEFORE_EVENTS = 10;
    /** Erased before interviews and tombstones: vendor webhooks are found through their remote ids. */
    int BEFORE_INTERVIEWS = 20;
    /** Events, saved drafts, follow-ups: rows that hang off interviews, counted before a cascade takes them. */
    int WITH_EVENTS = 30;
    int BEFORE_FOLLOW_UPS = 40;
    int BEFORE_INTERVIEW_ROWS = 50;
    int INTERVIEWS = 60;
    /** Rows no other holder reads: profile, calendar feeds, idempotency records, rate-limit counters. */
    int INDEPENDENT = 70;

    /** The name of this holder's section in the export, or null when its rows are erased but not exported. */
    default String section() {
        return null;
    }

    /** When the erasure runs this holder: lower first (the constants above). */
    int erasureOrder();

    /**
     * Writes the section: its field, named {@link #section()}, and its value (an array or an object), or
     * nothing when there is nothing to show. Reads page by page so that a long history is never held in
     * memory at once. Runs in the export's transaction.
     */
    default void export(DataSubject subject, JsonGenerator json) throws IOException {
        // Rows erased but not exported: nothing to write.
    }

    /**
     * Locks, before any holder erases anything, the rows that writers about the candidate lock first, so that
     * a change in flight (a replanning, say) either commits before the erasure reads or waits for it, and the
     * erasure takes its locks in the writers' order.
     */
    default void lockForErasure(DataSubject subject) {
        // Most holders' rows are only written under their interview's lock, or not at all.
    }

    /** Deletes (or irreversibly anonymises) every row about the candidate; the rows affected, per table. */
    Map<String, Integer> erase(DataSubject subject);

    /**
     * Makes this holder's rows stop naming an interviewer who was just removed from the tenant's interviews:
     * redacts or deletes what still holds their name or email; the rows changed, per table. Runs after the
     * removal, in its transaction.
     */
    default Map<String, Integer> eraseInterviewer(ErasedInterviewer interviewer) {
        return Map.of();
    }
}
