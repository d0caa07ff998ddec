package dev.followup.etag;

/** A write named a version (If-Match) that is no longer the current one: someone else wrote first. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String currentTag) {
        super("The resource was changed by another request; its current ETag is " + currentTag
                + ". Read it again, reapply your change and send the new ETag in If-Match.");
    }

    public StaleVersionException() {
        super("The resource was changed by another request at the same time. Read it again, reapply your change and send the new ETag in If-Match.");
    }
}
