package dev.followup.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

import dev.followup.interview.InterviewResponse;
import dev.followup.schedule.FollowUpEvent;
import dev.followup.schedule.FollowUpResponse;

/** An event as the feed, the stream and every webhook delivery carry it. */
@Schema(name = "Event", description = "Something that happened to a candidate's interviews or follow-ups. The same envelope comes from the feed (GET /events), the live stream and webhooks; "
        + "`id` is stable, so a receiver that sees it twice can drop the second.")
public record EventEnvelope(
        @Schema(description = "The event's id, unique and stable across retries (the `webhook-id` of its deliveries).", example = "0194f1a2-b13e-7d4b-9a10-2b3c4d5e6f80", required = true) UUID id,
        @Schema(description = "What happened.", example = "follow_up.due", required = true) EventType type,
        @Schema(description = "When the change was made (or, for `follow_up.due` and `follow_up.overdue`, when the sweep found that the moment had come).", example = "2026-03-06T14:00:05Z", required = true) OffsetDateTime occurredAt,
        @Schema(description = "The tenant (organisation) of the candidate.", example = "acme-careers", required = true) String tenantId,
        @Schema(description = "The candidate it concerns; absent for an event of the whole tenant (the `subscription.disabled` of an integration's subscription).", example = "candidate-7f3a") String candidateId,
        @Schema(description = "The resource as the API returned it at that moment: an `Interview` for `interview.*` and `process.closed`, a `FollowUp` for `follow_up.*`, a `WebhookSubscription` for `subscription.disabled`.", type = SchemaType.OBJECT, oneOf = {
                InterviewResponse.class, FollowUpResponse.class}, required = true) @JsonRawValue String data,
        @Schema(description = "For `follow_up.changed`: where the follow-up stood before.", type = SchemaType.OBJECT, allOf = FollowUpEvent.Before.class) @JsonRawValue String previous){

    public static EventEnvelope of(StoredEvent event) {
        return new EventEnvelope(event.id, EventType.fromWireName(event.type),
                event.occurredAt.atOffset(ZoneOffset.UTC),
                event.tenantId, event.ownerId.isEmpty() ? null : event.ownerId, event.dataJson, event.previousJson);
    }
}
