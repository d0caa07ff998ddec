package dev.followup.interview;

/** The two stable orders of the interview list, each backed by an index. */
public enum InterviewOrder {
    startAt("s", "startAt"),
    modifiedAt("m", "modifiedAt");

    final String cursorTag;
    final String property;

    InterviewOrder(String cursorTag, String property) {
        this.cursorTag = cursorTag;
        this.property = property;
    }
}
