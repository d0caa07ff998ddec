package dev.followup.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.interview.Channel;
import dev.followup.language.Language;

/** A follow-up item as the API returns it. */
@Schema(name = "FollowUp", description = "One thing to do after an interview: what, for whom, through which channel, in which window, and why.")
public record FollowUpResponse(
        @Schema(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", required = true) UUID id,
        @Schema(description = "The interview it follows up on.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", required = true) UUID interviewId,
        @Schema(description = "The candidate it belongs to.", example = "candidate-7f3a", required = true) String candidateId,
        @Schema(description = "What to do.", example = "thank_you", required = true) FollowUpType type,
        @Schema(description = "Where it stands now.", example = "due", required = true) FollowUpStatus status,
        @Schema(description = "The interviewer it is for; absent for a recommendation about the whole process (move on).", example = "0194f1a2-8a3e-7d4b-9a10-2b3c4d5e6f72") UUID interviewerId,
        @Schema(description = "That interviewer's name.", example = "Maria Lopez") String interviewerName,
        @Schema(description = "How to send it; absent when nothing is sent (move on).", example = "email") Channel channel,
        @Schema(description = "When the window to act opens.", example = "2026-03-06T14:00:00Z", required = true) OffsetDateTime earliestAt,
        @Schema(description = "When it closes; after that the item is overdue.", example = "2026-03-07T14:00:00Z", required = true) OffsetDateTime latestAt,
        @Schema(description = "The best moment to act, in working hours where the rules allow (R14).", example = "2026-03-06T16:00:00Z", required = true) OffsetDateTime suggestedAt,
        @Schema(description = "`earliestAt` in the candidate's time zone.", example = "2026-03-06T15:00:00+01:00", required = true) OffsetDateTime earliestLocal,
        @Schema(description = "`latestAt` in the candidate's time zone.", example = "2026-03-07T15:00:00+01:00", required = true) OffsetDateTime latestLocal,
        @Schema(description = "`suggestedAt` in the candidate's time zone.", example = "2026-03-06T17:00:00+01:00", required = true) OffsetDateTime suggestedLocal,
        @Schema(description = "The candidate's IANA time zone.", example = "Europe/Berlin", required = true) String timeZone,
        @Schema(description = "The domain rules that produced it, most important first.", example = "[\"R1\", \"R3\", \"R14\"]", required = true) List<String> rules,
        @Schema(description = "Why, in one line, in the language `Content-Language` names (events carry it in English).", example = "Thank Maria Lopez by email within 24 hours of the interview, in a message of their own.", required = true) String reason,
        @Schema(description = "The language `reason` is written in.", example = "en", required = true) Language language,
        @Schema(description = "Why it was skipped or cancelled.", example = "The employer answered, so pending status checks stop (R10).") String statusNote,
        @Schema(description = "When the candidate did it.", example = "2026-03-06T17:30:00Z") OffsetDateTime doneAt,
        @Schema(description = "How the candidate did it.", example = "email") Channel doneChannel,
        @Schema(description = "When the candidate asked to be reminded (POST /follow-ups/{id}/snooze); absent once the reminder has gone out.", example = "2026-03-06T15:00:00Z") OffsetDateTime snoozedUntil,
        @Schema(description = "What a snooze past the window means, when it goes past it.", example = "The reminder comes after this follow-up's window closes (2026-03-07T15:00+01:00): the rules behind it (R1) ask for it before then.") String snoozeNote,
        @Schema(description = "The employer's name.", example = "Acme Robotics", required = true) String companyName,
        @Schema(description = "The job.", example = "Senior Backend Engineer", required = true) String jobTitle,
        @Schema(description = "Grows each time the item moves or changes status (the iCalendar SEQUENCE).", example = "0", required = true) int sequence,
        @Schema(description = "When the item last changed.", example = "2026-03-06T15:05:00Z", required = true) OffsetDateTime modifiedAt) {

    /** The item with its reason in English: what events carry. */
    public static FollowUpResponse from(FollowUp item, Instant now) {
        return from(item, now, Language.ENGLISH);
    }

    /** The item with its reason worded in {@code language}. */
    public static FollowUpResponse from(FollowUp item, Instant now, Language language) {
        ZoneId zone = ZoneId.of(item.timeZone);
        PlanReason reason = PlanReason.decode(item.reason);
        return new FollowUpResponse(item.id, item.interviewId, item.ownerId, item.type,
                FollowUpStatus.of(item.state, item.earliestAt, item.latestAt, now), item.interviewerId,
                item.interviewerName, item.channel, utc(item.earliestAt), utc(item.latestAt), utc(item.suggestedAt),
                item.earliestAt.atZone(zone).toOffsetDateTime(), item.latestAt.atZone(zone).toOffsetDateTime(),
                item.suggestedAt.atZone(zone).toOffsetDateTime(), item.timeZone, item.rules(),
                reason.in(language), reason.languageIn(language),
                item.stateNote, item.doneAt == null ? null : utc(item.doneAt), item.doneChannel,
                item.snoozedUntil == null ? null : utc(item.snoozedUntil), snoozeNote(item, zone), item.companyName,
                item.jobTitle, item.sequence, utc(item.modifiedAt));
    }

    /** A snooze past the window's close is the candidate's call; the item says what it costs. */
    private static String snoozeNote(FollowUp item, ZoneId zone) {
        if (item.snoozedUntil == null || !item.snoozedUntil.isAfter(item.latestAt)) {
            return null;
        }
        return "The reminder comes after this follow-up's window closes ("
                + item.latestAt.atZone(zone).toOffsetDateTime()
                + "): the rules behind it (" + String.join(", ", item.rules()) + ") ask for it before then.";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
