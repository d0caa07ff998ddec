package dev.followup.integration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.followup.interview.Interview;
import dev.followup.interview.InterviewService;

/**
 * What an ATS's webhook does to the interviews registered with the vendor's ids: each one moved or deleted
 * once, an id registered for several candidates left alone, and a sentence that says what happened.
 */
@ApplicationScoped
class InterviewChanges {

    /** The state the webhook settles in, and what it did. */
    record Outcome(InboundState state, String text) {
    }

    private final InterviewService interviews;

    InterviewChanges(InterviewService interviews) {
        this.interviews = interviews;
    }

    /** Applies the changes within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    Outcome apply(String tenantId, Vendor vendor, String connectionId, List<InboundPayloads.Change> changes) {
        String actor = "integration-connection:" + connectionId;
        Set<UUID> removed = new HashSet<>();
        List<String> unmatched = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        int moved = 0;
        int unchanged = 0;
        for (InboundPayloads.Change change : changes) {
            List<Interview> named = interviews.registeredAs(tenantId, vendor.source(), change.remoteId());
            if (named.isEmpty()) {
                unmatched.add(change.remoteId());
            } else if (named.size() > 1) {
                // One ATS interview belongs to one candidate: several registrations of its id are not guessed between.
                ambiguous.add(change.remoteId());
                continue;
            }
            for (Interview interview : named) {
                if (removed.contains(interview.id)) {
                    continue;
                }
                if (change instanceof InboundPayloads.Cancel) {
                    interviews.remove(actor, interview);
                    removed.add(interview.id);
                } else if (change instanceof InboundPayloads.Reschedule moveTo
                        && interviews.reschedule(actor, interview, moveTo.startAt(), moveTo.endAt())) {
                    moved++;
                } else {
                    unchanged++;
                }
            }
        }
        String several = ambiguous.isEmpty()
                ? ""
                : " Registered for several candidates, so left alone: remoteId " + String.join(", ", ambiguous) + ".";
        if (removed.isEmpty() && moved == 0 && unchanged == 0) {
            return new Outcome(InboundState.UNMATCHED, (unmatched.isEmpty()
                    ? ""
                    : "No interview is registered with source "
                            + vendor.name().toLowerCase(Locale.ROOT) + " and remoteId "
                            + String.join(" or ", unmatched) + ".")
                    + several);
        }
        return new Outcome(InboundState.APPLIED, summary(removed.size(), moved, unchanged, unmatched) + several);
    }

    private static String summary(int removed, int moved, int unchanged, List<String> unmatched) {
        List<String> parts = new ArrayList<>();
        if (removed > 0) {
            parts.add(removed + (removed == 1 ? " interview deleted" : " interviews deleted"));
        }
        if (moved > 0) {
            parts.add(moved + (moved == 1 ? " interview rescheduled" : " interviews rescheduled"));
        }
        if (unchanged > 0) {
            parts.add(
                    unchanged + (unchanged == 1 ? " interview already up to date" : " interviews already up to date"));
        }
        String text = String.join(", ", parts) + ".";
        return unmatched.isEmpty() ? text : text + " Not registered: remoteId " + String.join(", ", unmatched) + ".";
    }

}
