package dev.followup.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.events.EventType;

@Schema(name = "WebhookSubscription", description = "Where an owner's events are delivered, signed per Standard Webhooks. The signing secret is shown once: when the subscription is made and when it is rotated.")
public record SubscriptionResponse(
        @Schema(description = "The subscription's id.", example = "0194f1a2-c43e-7d4b-9a10-2b3c4d5e6f90", required = true) UUID id,
        @Schema(description = "The receiver.", example = "https://ats.example.com/hooks/interview-followup", required = true) String url,
        @Schema(description = "The event types delivered; absent for all of them, those added later included.", example = "[\"follow_up.due\", \"follow_up.overdue\"]") List<EventType> eventTypes,
        @Schema(description = "What it is for.", example = "Reminders for the Acme ATS sync") String description,
        @Schema(description = "The candidate whose events it receives; absent for an integration's subscription to its whole tenant.", example = "candidate-7f3a") String candidateId,
        @Schema(description = "Whether deliveries go out.", example = "active", required = true) SubscriptionStatus status,
        @Schema(description = "Why it was disabled.", example = "The receiver answered 410 Gone.") String disabledReason,
        @Schema(description = "The signing secret (`whsec_` and the base64 of 32 random bytes): only in the answer that made or rotated it; keep it, it is not shown again.", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(description = "Until when the previous secret still signs deliveries too, after a rotation.", example = "2026-03-10T10:00:00Z") OffsetDateTime previousSecretExpiresAt,
        @Schema(description = "When it was made.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime createdAt,
        @Schema(description = "When it last changed.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime modifiedAt) {

    static SubscriptionResponse of(WebhookSubscription subscription, Instant now) {
        return of(subscription, now, null);
    }

    /** With the secret: only the answers that made or rotated it. */
    static SubscriptionResponse withSecret(WebhookSubscription subscription, Instant now) {
        return of(subscription, now, subscription.secret);
    }

    private static SubscriptionResponse of(WebhookSubscription subscription, Instant now, String secret) {
        List<EventType> types = WebhookSubscription.ALL_TYPES.equals(subscription.eventTypes)
                ? null
                : Arrays.stream(subscription.eventTypes.split(",")).map(EventType::fromWireName).toList();
        boolean overlapping = subscription.previousSecretUntil != null
                && now.isBefore(subscription.previousSecretUntil);
        return new SubscriptionResponse(subscription.id, subscription.url, types, subscription.description,
                subscription.ownerId.isEmpty() ? null : subscription.ownerId, subscription.status,
                subscription.disabledReason, secret,
                overlapping ? subscription.previousSecretUntil.atOffset(ZoneOffset.UTC) : null,
                subscription.createdAt.atOffset(ZoneOffset.UTC), subscription.modifiedAt.atOffset(ZoneOffset.UTC));
    }
}
