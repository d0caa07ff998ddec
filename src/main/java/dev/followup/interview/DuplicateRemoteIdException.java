package dev.followup.interview;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;
import dev.followup.problem.WireEnum;

/** Another interview of the same candidate already has this (source, remoteId). */
public class DuplicateRemoteIdException extends ProblemException {

    public DuplicateRemoteIdException(InterviewSource source, String remoteId) {
        super(ProblemType.CONFLICT, "An interview from " + WireEnum.nameOf(source) + " with remoteId " + remoteId
                + " already exists. Update it with PUT /interviews/by-remote-id/" + WireEnum.nameOf(source) + "/"
                + remoteId + ".");
    }
}
