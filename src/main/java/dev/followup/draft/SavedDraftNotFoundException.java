package dev.followup.draft;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** No edited draft was saved on this follow-up. */
public class SavedDraftNotFoundException extends ProblemException {

    SavedDraftNotFoundException() {
        super(ProblemType.NOT_FOUND, "No draft was saved on this follow-up yet: save one with PUT on this address.");
    }
}
