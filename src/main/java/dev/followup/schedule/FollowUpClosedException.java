package dev.followup.schedule;

/** A follow-up that was skipped, cancelled or done cannot become something else. */
public class FollowUpClosedException extends RuntimeException {

    FollowUpClosedException(String message) {
        super(message);
    }
}
