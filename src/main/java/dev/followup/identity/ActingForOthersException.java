package dev.followup.identity;

/** A candidate named someone else in On-Behalf-Of: only integrations act for other people. */
public class ActingForOthersException extends RuntimeException {

    ActingForOthersException() {
        super("A candidate acts only for themselves: leave On-Behalf-Of out, or set it to your own user id.");
    }
}
