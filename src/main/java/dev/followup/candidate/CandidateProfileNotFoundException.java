package dev.followup.candidate;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** The caller has not saved a candidate profile yet. */
public class CandidateProfileNotFoundException extends ProblemException {

    public CandidateProfileNotFoundException() {
        super(ProblemType.NOT_FOUND, "You have no candidate profile yet. Create it with PUT /candidate-profile.");
    }
}
