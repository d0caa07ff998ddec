package dev.followup.agenda;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpResponse;
import dev.followup.schedule.FollowUpStatus;
import dev.followup.schedule.FollowUpType;

/**
 * The agenda as an iCalendar (RFC 5545) feed. Each follow-up is one event at its suggested time,
 * with a UID that never changes and a SEQUENCE that grows whenever the item moves or changes
 * status, so subscribed calendar apps update it in place; it links to the item's draft; closed items stay in the feed for a while
 * as cancelled events, so that apps remove them.
 */
final class AgendaCalendar {

    static final String MEDIA_TYPE = "text/calendar";
    /** How long an event blocks in the calendar; the window to act is in its description. */
    static final Duration EVENT_LENGTH = Duration.ofMinutes(30);

    private AgendaCalendar() {
    }

    /**
     * @param itemBase the address under which each follow-up can be read, such as {@code https://host/follow-ups/}
     */
    static String of(List<FollowUpResponse> items, URI itemBase, Language language) {
        CalendarWording words = CalendarWording.of(language);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//interview-followup//agenda//" + language.tag().toUpperCase(Locale.ROOT));
        calendar.setName(words.calendarName());
        calendar.setRefreshInterval(new biweekly.util.Duration.Builder().hours(1).build());
        for (FollowUpResponse item : items) {
            calendar.addEvent(event(item, itemBase, words));
        }
        return calendar.write();
    }

    private static VEvent event(FollowUpResponse item, URI itemBase, CalendarWording words) {
        VEvent event = new VEvent();
        event.setUid(item.id() + "@interview-followup");
        event.setSequence(item.sequence());
        event.setDateTimeStamp(Date.from(item.modifiedAt().toInstant()));
        Instant start = item.suggestedAt().toInstant();
        event.setDateStart(Date.from(start));
        event.setDateEnd(Date.from(start.plus(EVENT_LENGTH)));
        event.setSummary(summary(item, words));
        event.setDescription(description(item, itemBase, words));
        event.setUrl(linkOf(item, itemBase).toString());
        boolean open = item.status() == FollowUpStatus.PENDING || item.status() == FollowUpStatus.DUE
                || item.status() == FollowUpStatus.OVERDUE;
        event.setStatus(open ? Status.confirmed() : Status.cancelled());
        return event;
    }

    static String summary(FollowUpResponse item, CalendarWording words) {
        String who = item.interviewerName() == null ? "" : item.interviewerName();
        return words.summary(item.type(), who) + " (" + item.companyName() + ", " + item.jobTitle() + ")";
    }

    private static String description(FollowUpResponse item, URI itemBase, CalendarWording words) {
        StringBuilder text = new StringBuilder(item.reason());
        text.append("\n\n").append(words.window(words.moment.format(item.earliestLocal()),
                words.moment.format(item.latestLocal()), item.timeZone()));
        if (item.channel() != null) {
            text.append("\n").append(words.channel(item.channel()));
        }
        if (item.statusNote() != null) {
            text.append("\n").append(item.statusNote());
        }
        text.append("\n").append(words.rules(String.join(", ", item.rules())));
        text.append("\n").append(words.link(item.type() != FollowUpType.MOVE_ON)).append(linkOf(item, itemBase));
        return text.toString();
    }

    /** The item's draft, or the item itself when it is not a message (move on). */
    private static URI linkOf(FollowUpResponse item, URI itemBase) {
        URI self = itemBase.resolve(item.id().toString());
        return item.type() == FollowUpType.MOVE_ON ? self : URI.create(self + "/draft");
    }
}
