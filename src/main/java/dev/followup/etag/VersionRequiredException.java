package dev.followup.etag;

/** A write that must name the version it replaces came without an If-Match header. */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException() {
        super("Send the ETag you last read in an If-Match header, so that you cannot overwrite a change you have not seen.");
    }
}
