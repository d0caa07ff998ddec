package dev.followup.events;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A feed position older than the retention: continuing from it would skip purged events silently. */
public class EventsPurgedException extends ProblemException {

    public EventsPurgedException() {
        super(ProblemType.GONE, "Events after this position were purged: events are kept 30 days. Read the current "
                + "state (GET /agenda, GET /interviews), then follow the feed again without `after`.");
    }
}
