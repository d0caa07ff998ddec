package dev.followup.agenda;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** No calendar feed has this address (it never existed, or was replaced or deleted). */
public class CalendarFeedNotFoundException extends ProblemException {

    CalendarFeedNotFoundException() {
        super(ProblemType.NOT_FOUND,
                "No calendar feed has this address: it was replaced or deleted. Create a new one with PUT /calendar-feed.");
    }
}
