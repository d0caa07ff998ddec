package dev.followup.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.followup.interview.InterviewEvent;
import dev.followup.schedule.FollowUpEvent;

/** What happened, by the name integrations subscribe to. */
@Schema(name = "EventType", description = "`interview.created`, `interview.updated`, `interview.deleted` (`data` is the interview as it was), "
        + "`process.closed` (an offer, a rejection or a withdrawal ended the hiring process; `data` is the interview whose outcome closed it), "
        + "`follow_up.planned` (a new item in the plan), `follow_up.changed` (moved to another window, or done or skipped; `previous` says where it stood), "
        + "`follow_up.cancelled` (the plan no longer needs it; `data.statusNote` says why), "
        + "`follow_up.due` (its window opened, or a snooze ended: time to act), `follow_up.overdue` (its window closed and it was not done), "
        + "`subscription.disabled` (a webhook subscription was disabled after 410 Gone or five days of failures; `data` is the subscription, and the event goes to its owner's feed).")
public enum EventType {
    @JsonProperty("interview.created")
    INTERVIEW_CREATED("interview.created"),
    @JsonProperty("interview.updated")
    INTERVIEW_UPDATED("interview.updated"),
    @JsonProperty("interview.deleted")
    INTERVIEW_DELETED("interview.deleted"),
    @JsonProperty("process.closed")
    PROCESS_CLOSED("process.closed"),
    @JsonProperty("follow_up.planned")
    FOLLOW_UP_PLANNED("follow_up.planned"),
    @JsonProperty("follow_up.changed")
    FOLLOW_UP_CHANGED("follow_up.changed"),
    @JsonProperty("follow_up.cancelled")
    FOLLOW_UP_CANCELLED("follow_up.cancelled"),
    @JsonProperty("follow_up.due")
    FOLLOW_UP_DUE("follow_up.due"),
    @JsonProperty("follow_up.overdue")
    FOLLOW_UP_OVERDUE("follow_up.overdue"),
    @JsonProperty("subscription.disabled")
    SUBSCRIPTION_DISABLED("subscription.disabled");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static EventType of(InterviewEvent.Kind kind) {
        return switch (kind) {
            case CREATED -> INTERVIEW_CREATED;
            case UPDATED -> INTERVIEW_UPDATED;
            case DELETED -> INTERVIEW_DELETED;
            case PROCESS_CLOSED -> PROCESS_CLOSED;
        };
    }

    static EventType of(FollowUpEvent.Kind kind) {
        return switch (kind) {
            case PLANNED -> FOLLOW_UP_PLANNED;
            case CHANGED -> FOLLOW_UP_CHANGED;
            case CANCELLED -> FOLLOW_UP_CANCELLED;
            case DUE -> FOLLOW_UP_DUE;
            case OVERDUE -> FOLLOW_UP_OVERDUE;
        };
    }

    public static EventType fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown event type " + name);
    }
}
