package dev.followup.draft;

/** The follow-up is not a message (move on): there is nothing to write. */
public class NothingToDraftException extends RuntimeException {

    NothingToDraftException() {
        super("A move-on recommendation is not a message: there is nothing to draft.");
    }
}
