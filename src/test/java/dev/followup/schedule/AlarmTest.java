package dev.followup.schedule;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the sweep says about an item, and when: pure, without the service. */
class AlarmTest {

    private static final Instant OPENS = Instant.parse("2026-03-16T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-18T16:00:00Z");

    @Test
    void anOpenItemIsFirstAnnouncedDueWhenItsWindowOpens() {
        assertThat(Alarm.first(FollowUpState.OPEN, OPENS, null)).isEqualTo(new Alarm(Alarm.Kind.DUE, OPENS));
    }

    @Test
    void aSnoozedItemIsAnnouncedWhenTheSnoozeEnds() {
        Instant later = OPENS.plusSeconds(7200);
        assertThat(Alarm.first(FollowUpState.OPEN, OPENS, later)).isEqualTo(new Alarm(Alarm.Kind.DUE, later));
    }

    @Test
    void anItemThatIsNotOpenIsNeverAnnounced() {
        for (FollowUpState state : FollowUpState.values()) {
            if (state != FollowUpState.OPEN) {
                assertThat(Alarm.first(state, OPENS, null)).as(state.name()).isNull();
            }
        }
    }

    @Test
    void dueInsideTheWindowThenOverdueWhenItCloses() {
        Alarm due = new Alarm(Alarm.Kind.DUE, OPENS);
        assertThat(due.announcedAt(OPENS, CLOSES, null)).isEqualTo(Alarm.Kind.DUE);
        assertThat(due.announcedAt(CLOSES, CLOSES, null)).isEqualTo(Alarm.Kind.DUE); // the last moment counts
        assertThat(Alarm.after(Alarm.Kind.DUE, OPENS, CLOSES)).isEqualTo(new Alarm(Alarm.Kind.OVERDUE, CLOSES));
        assertThat(Alarm.after(Alarm.Kind.OVERDUE, CLOSES.plusSeconds(1), CLOSES)).isNull();
    }

    @Test
    void aSweepThatComesAfterTheWindowClosedSaysOverdueAndNothingMore() {
        Instant late = CLOSES.plusSeconds(1);
        assertThat(new Alarm(Alarm.Kind.DUE, OPENS).announcedAt(late, CLOSES, null)).isEqualTo(Alarm.Kind.OVERDUE);
        assertThat(Alarm.after(Alarm.Kind.OVERDUE, late, CLOSES)).isNull();
    }

    @Test
    void aSnoozePastTheWindowGivesTheReminderAskedForAndNoOverdueAfterIt() {
        Instant snoozed = CLOSES.plusSeconds(86_400);
        Alarm reminder = Alarm.first(FollowUpState.OPEN, OPENS, snoozed);
        assertThat(reminder.announcedAt(snoozed, CLOSES, snoozed)).isEqualTo(Alarm.Kind.DUE);
        assertThat(Alarm.after(Alarm.Kind.DUE, snoozed, CLOSES)).isNull();
        assertThat(Alarm.after(Alarm.Kind.DUE, CLOSES, CLOSES)).isNull(); // closing now: nothing left to say
    }
}
