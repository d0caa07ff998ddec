package dev.followup.interview;

import dev.followup.validation.WireEnum;

/** Another interview of the same candidate already has this (source, remoteId). */
public class DuplicateRemoteIdException extends RuntimeException {

    public DuplicateRemoteIdException(InterviewSource source, String remoteId) {
        super("An interview from " + WireEnum.nameOf(source) + " with remoteId " + remoteId
                + " already exists. Update it with PUT /interviews/by-remote-id/" + WireEnum.nameOf(source) + "/"
                + remoteId + ".");
    }
}
