package dev.followup.privacy;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.agenda.ExportedCalendarFeed;
import dev.followup.candidate.CandidateProfileResponse;
import dev.followup.draft.SavedDraftResponse;
import dev.followup.events.EventEnvelope;
import dev.followup.integration.ExportedInboundWebhook;
import dev.followup.interview.InterviewResponse;
import dev.followup.interview.InterviewTombstoneResponse;
import dev.followup.schedule.FollowUpResponse;
import dev.followup.webhooks.SubscriptionResponse;

/**
 * The shape of GET /candidate-data for the contract. The document itself is streamed section by section by
 * the features' {@link dev.followup.personaldata.PersonalData} beans; the contract test checks each export
 * against this schema, so the two cannot drift apart.
 */
@Schema(name = "CandidateDataExport", description = "Everything the service stores about one candidate (GDPR articles 15 and 20): each section as the API's own endpoints show it, secrets left out.")
public record CandidateDataExport(
        @Schema(description = "The candidate: the `sub` of their tokens.", example = "candidate-7f3a", required = true) String candidate,
        @Schema(description = "When the export was read.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime exportedAt,
        @Schema(description = "The candidate profile; absent when none was saved.") CandidateProfileResponse profile,
        @Schema(description = "Every interview, with its interviewers.", required = true) List<InterviewResponse> interviews,
        @Schema(description = "Every item of every plan, done, skipped and cancelled ones too; reasons in English.", required = true) List<FollowUpResponse> followUps,
        @Schema(description = "The drafts the candidate saved.", required = true) List<SavedDraftResponse> savedDrafts,
        @Schema(description = "What deleted interviews left behind, while kept.", required = true) List<InterviewTombstoneResponse> tombstones,
        @Schema(description = "The candidate's calendar feed, if any: never its secret address.", required = true) List<ExportedCalendarFeed> calendarFeeds,
        @Schema(description = "The candidate's own webhook subscriptions, never their secrets.", required = true) List<SubscriptionResponse> webhookSubscriptions,
        @Schema(description = "The events about the candidate still kept in the feed.", required = true) List<EventEnvelope> events,
        @Schema(description = "The ATS webhooks that named one of the candidate's interviews, as received.", required = true) List<ExportedInboundWebhook> inboundWebhooks) {
}
