package dev.followup.schedule;

import java.time.Instant;

/**
 * What the sweep announces next about an open item, and from when: {@code follow_up.due} when its window
 * opens (or a snooze ends), then {@code follow_up.overdue} when the window closes undone. Pure: the
 * entity keeps the answer in {@code alarm}/{@code alarm_at}, and the sweep finds items by {@code alarm_at}.
 */
record Alarm(Kind kind, Instant at) {

    enum Kind {
        DUE,
        OVERDUE
    }

    /** The first announcement of an item whose window, state or snooze was just set; none unless it is open. */
    static Alarm first(FollowUpState state, Instant earliest, Instant snoozedUntil) {
        if (state != FollowUpState.OPEN) {
            return null;
        }
        return new Alarm(Kind.DUE, snoozedUntil != null ? snoozedUntil : earliest);
    }

    /**
     * What the sweep says when it reaches this alarm at {@code now}: a window that has already closed is
     * overdue rather than due (the sweep was late, or the item moved), unless the candidate snoozed it past
     * the window on purpose, who then gets the reminder they asked for.
     */
    Kind announcedAt(Instant now, Instant latest, Instant snoozedUntil) {
        if (kind == Kind.DUE && snoozedUntil == null && now.isAfter(latest)) {
            return Kind.OVERDUE;
        }
        return kind;
    }

    /** The alarm after announcing {@code announced} at {@code now}; none when nothing more will be said. */
    static Alarm after(Kind announced, Instant now, Instant latest) {
        if (announced == Kind.DUE && latest.isAfter(now)) {
            return new Alarm(Kind.OVERDUE, latest);
        }
        return null;
    }
}
