package dev.followup.schedule;

/** No calendar feed has this address (it never existed, or was replaced or deleted). */
public class CalendarFeedNotFoundException extends RuntimeException {

    CalendarFeedNotFoundException() {
        super("No calendar feed has this address: it was replaced or deleted. Create a new one with PUT /calendar-feed.");
    }
}
