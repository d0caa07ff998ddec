package dev.followup.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event on its way to one subscription, with every attempt made.")
public record DeliveryResponse(
        @Schema(description = "The delivery's id.", example = "0194f1a2-d53e-7d4b-9a10-2b3c4d5e6fa0", required = true) UUID id,
        @Schema(description = "The event delivered: the `webhook-id` header of every attempt, and the `id` in the body.", example = "0194f1a2-b13e-7d4b-9a10-2b3c4d5e6f80", required = true) UUID eventId,
        @Schema(description = "The event's type; absent once the event was purged (after 30 days).", example = "follow_up.due") String eventType,
        @Schema(description = "Where it stands.", example = "pending", required = true) DeliveryState state,
        @Schema(description = "When it is tried next, while pending.", example = "2026-03-09T10:05:05Z") OffsetDateTime nextAttemptAt,
        @Schema(description = "The attempts so far, oldest first.", required = true) List<Attempt> attempts,
        @Schema(description = "When the event was handed to this subscription.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime createdAt) {

    @Schema(name = "WebhookAttempt", description = "One try of a delivery.")
    public record Attempt(
            @Schema(description = "Which try, from 1.", example = "1", required = true) int attempt,
            @Schema(description = "When it was made.", example = "2026-03-09T10:00:01Z", required = true) OffsetDateTime at,
            @Schema(description = "The receiver's HTTP status; absent when no answer came.", example = "500") Integer statusCode,
            @Schema(description = "How long it took, in milliseconds.", example = "182", required = true) int latencyMs,
            @Schema(description = "Why it did not count as delivered.", example = "The receiver answered 500.") String error) {

        static Attempt of(WebhookAttempt attempt) {
            return new Attempt(attempt.attempt, utc(attempt.attemptedAt), attempt.statusCode, attempt.latencyMs,
                    attempt.error);
        }
    }

    static DeliveryResponse of(WebhookDelivery delivery, String eventType, List<WebhookAttempt> attempts) {
        return new DeliveryResponse(delivery.id, delivery.eventId, eventType, delivery.state,
                delivery.nextAttemptAt == null ? null : utc(delivery.nextAttemptAt),
                attempts.stream().map(Attempt::of).toList(), utc(delivery.createdAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
