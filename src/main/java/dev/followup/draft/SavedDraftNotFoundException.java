package dev.followup.draft;

/** No edited draft was saved on this follow-up. */
public class SavedDraftNotFoundException extends RuntimeException {

    SavedDraftNotFoundException() {
        super("No draft was saved on this follow-up yet: save one with PUT on this address.");
    }
}
