package dev.followup.candidate;

/** The caller has not saved a candidate profile yet. */
public class CandidateProfileNotFoundException extends RuntimeException {

    public CandidateProfileNotFoundException() {
        super("You have no candidate profile yet. Create it with PUT /candidate-profile.");
    }
}
