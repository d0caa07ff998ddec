package dev.followup.interview;

/** Another interview of the same candidate already has this (source, remoteId). */
public class DuplicateRemoteIdException extends RuntimeException {

    public DuplicateRemoteIdException(InterviewSource source, String remoteId) {
        super("An interview from " + source.name().toLowerCase() + " with remoteId " + remoteId
                + " already exists. Update it with PUT /interviews/by-remote-id/" + source.name().toLowerCase() + "/"
                + remoteId + ".");
    }
}
