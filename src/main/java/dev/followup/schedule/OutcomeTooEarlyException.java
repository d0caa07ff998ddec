package dev.followup.schedule;

/**
 * An outcome for a round that has not taken place (or was cancelled): a rejection of an interview
 * that never happened would cancel its thank-yous and draft a reply about it.
 */
public class OutcomeTooEarlyException extends RuntimeException {

    OutcomeTooEarlyException(String message) {
        super(message);
    }
}
