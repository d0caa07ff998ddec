package dev.followup.draft;

/** The draft needs data the candidate has not supplied yet; the field says which. */
public class MissingDraftDataException extends RuntimeException {

    private final String field;

    MissingDraftDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
