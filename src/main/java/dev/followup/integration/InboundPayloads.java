package dev.followup.integration;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.followup.validation.SaneTime;

/**
 * What an ATS's webhook says about interviews, read from the shapes its documentation gives
 * (docs/ats-webhook-formats.md). A webhook names the vendor's interview, never enough to register one
 * (no company, title, round or time zone), so it can only move or remove an interview that was registered
 * with the vendor as {@code source} and the vendor's id as {@code remoteId}.
 */
public final class InboundPayloads {

    /** An id the service keeps as a remote id: what ATSs use (numbers, uuids, slugs), nothing else. */
    private static final Pattern REMOTE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}");
    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Duration LONGEST_INTERVIEW = Duration.ofHours(24);
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private InboundPayloads() {
    }

    /** A change to the interviews that the vendor knows by {@code remoteId}. */
    public sealed interface Change permits Reschedule, Cancel {
        String remoteId();
    }

    /** The interview now takes place at these times. */
    public record Reschedule(String remoteId, Instant startAt, Instant endAt) implements Change {
    }

    /** The interview was cancelled or deleted in the ATS. */
    public record Cancel(String remoteId) implements Change {
    }

    /** The changes an event asks for, or (when there are none) why it is ignored. */
    public record Reading(List<Change> changes, String ignoredBecause) {

        static Reading of(List<Change> changes) {
            return new Reading(List.copyOf(changes), null);
        }

        static Reading ignored(String because) {
            return new Reading(List.of(), because);
        }
    }

    /** The body is not what the vendor documents; {@code field} names where. */
    public static final class MalformedPayload extends RuntimeException {

        private final String field;

        MalformedPayload(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The body as JSON: one object, no key twice, nothing after it. */
    public static JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (IOException e) {
            throw new MalformedPayload("body", "is not one valid JSON document (or names a key twice)");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedPayload("body", "must be a JSON object");
        }
        return root;
    }

    /** The event's type as the vendor names it; {@code test} for Merge's dashboard test, which has none. */
    public static String type(Vendor vendor, JsonNode body) {
        String field = switch (vendor) {
            case MERGE -> "hook.event";
            case GREENHOUSE, ASHBY -> "action";
            case LEVER -> "event";
        };
        JsonNode node = vendor == Vendor.MERGE ? body.path("hook").path("event") : body.path(field);
        if (vendor == Vendor.MERGE && node.isMissingNode()) {
            return "test";
        }
        if (!node.isTextual() || !EVENT_TYPE.matcher(node.asText()).matches()) {
            throw new MalformedPayload(field,
                    "must be the event's name: 1 to 100 letters, digits, '.', '_', ':' or '-'");
        }
        return node.asText();
    }

    /** The changes the event asks for. */
    public static Reading read(Vendor vendor, String type, JsonNode body) {
        return switch (vendor) {
            case MERGE -> merge(type, body);
            case GREENHOUSE -> greenhouse(type, body);
            case LEVER -> lever(type, body);
            case ASHBY -> ashby(type, body);
        };
    }

    /** Merge: {@code ScheduledInterview.added|changed|removed}; its {@code data} is the interview. */
    private static Reading merge(String type, JsonNode body) {
        int dot = type.lastIndexOf('.');
        String model = dot < 0 ? type : type.substring(0, dot);
        String action = dot < 0 ? "" : type.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!model.equalsIgnoreCase("ScheduledInterview")) {
            return Reading.ignored("Merge's " + type + " is not about scheduled interviews.");
        }
        JsonNode data = body.path("data");
        String id = remoteId(data.path("id"), "data.id");
        switch (action) {
            case "removed", "deleted" :
                return Reading.of(List.of(new Cancel(id)));
            case "added", "created", "changed", "updated" :
                if (data.path("remote_was_deleted").asBoolean(false)) {
                    return Reading.of(List.of(new Cancel(id)));
                }
                if (absent(data.path("start_at")) || absent(data.path("end_at"))) {
                    return Reading.ignored("The scheduled interview has no start or end time yet.");
                }
                return Reading.of(List.of(reschedule(id, data.path("start_at"), "data.start_at", data.path("end_at"),
                        "data.end_at")));
            default :
                return Reading.ignored("Merge's " + type + " is not a change this service acts on.");
        }
    }

    /** Greenhouse only tells of an interview's deletion; its other events carry no interview times. */
    private static Reading greenhouse(String type, JsonNode body) {
        if (!type.equals("interview_deleted")) {
            return Reading.ignored("Greenhouse's " + type + " carries no scheduled interview this service tracks.");
        }
        return Reading.of(List.of(new Cancel(remoteId(body.path("payload").path("interview").path("id"),
                "payload.interview.id"))));
    }

    /** Lever names the interview but sends no times: only its deletion can be applied. */
    private static Reading lever(String type, JsonNode body) {
        return switch (type) {
            case "interviewDeleted" -> Reading
                    .of(List.of(new Cancel(remoteId(body.path("data").path("interviewId"), "data.interviewId"))));
            case "interviewCreated", "interviewUpdated" -> Reading.ignored("Lever's " + type
                    + " carries no interview times: update the interview through the API with its new times.");
            default -> Reading.ignored("Lever's " + type + " is not about interviews.");
        };
    }

    /**
     * Ashby: an interview schedule, created or updated (a cancellation is an update with status
     * {@code Cancelled}). Each of its interview events moves the interview registered with the event's id;
     * the schedule as a whole moves the one registered with the schedule's id, to its first start and last end.
     */
    private static Reading ashby(String type, JsonNode body) {
        if (!type.equals("interviewScheduleCreate") && !type.equals("interviewScheduleUpdate")) {
            return Reading.ignored("Ashby's " + type + " is not about interview schedules.");
        }
        JsonNode schedule = body.path("data").path("interviewSchedule");
        String scheduleId = remoteId(schedule.path("id"), "data.interviewSchedule.id");
        JsonNode events = schedule.path("interviewEvents");
        if (!events.isMissingNode() && !events.isNull() && !events.isArray()) {
            throw new MalformedPayload("data.interviewSchedule.interviewEvents", "must be an array");
        }
        boolean cancelled = "Cancelled".equals(schedule.path("status").asText(""));
        List<Change> changes = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String at = "data.interviewSchedule.interviewEvents[" + i + "]";
            String id = remoteId(event.path("id"), at + ".id");
            if (cancelled) {
                changes.add(new Cancel(id));
            } else if (!absent(event.path("startTime")) && !absent(event.path("endTime"))) {
                Reschedule moved = reschedule(id, event.path("startTime"), at + ".startTime", event.path("endTime"),
                        at + ".endTime");
                changes.add(moved);
                first = first == null || moved.startAt().isBefore(first) ? moved.startAt() : first;
                last = last == null || moved.endAt().isAfter(last) ? moved.endAt() : last;
            }
        }
        if (cancelled) {
            changes.add(0, new Cancel(scheduleId));
        } else if (first != null && Duration.between(first, last).compareTo(LONGEST_INTERVIEW) <= 0) {
            changes.add(0, new Reschedule(scheduleId, first, last));
        }
        return changes.isEmpty()
                ? Reading.ignored("The interview schedule has no timed interview yet.")
                : Reading.of(changes);
    }

    private static Reschedule reschedule(String id, JsonNode start, String startField, JsonNode end,
            String endField) {
        Instant startAt = instant(start, startField);
        Instant endAt = instant(end, endField);
        if (!endAt.isAfter(startAt)) {
            throw new MalformedPayload(endField, "must be after " + startField);
        }
        if (Duration.between(startAt, endAt).compareTo(LONGEST_INTERVIEW) > 0) {
            throw new MalformedPayload(endField, "must be at most 24 hours after " + startField);
        }
        return new Reschedule(id, startAt, endAt);
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            Instant instant = OffsetDateTime.parse(node.asText()).toInstant();
            if (node.isTextual() && SaneTime.accepts(instant)) {
                return instant;
            }
        } catch (DateTimeException e) {
            // answered below
        }
        throw new MalformedPayload(field, "must be an ISO-8601 date-time with an offset, " + SaneTime.MESSAGE);
    }

    /** A vendor id: a string, or a whole number (Greenhouse's ids are numbers). */
    private static String remoteId(JsonNode node, String field) {
        String id = node.isTextual()
                ? node.asText()
                : node.canConvertToLong() && node.isIntegralNumber()
                        ? Long.toString(node.asLong())
                        : null;
        if (id == null || !REMOTE_ID.matcher(id).matches()) {
            throw new MalformedPayload(field,
                    "must be the vendor's id: 1 to 128 letters, digits, '.', '_', ':', '~' or '-' (or a whole number)");
        }
        return id;
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }
}
