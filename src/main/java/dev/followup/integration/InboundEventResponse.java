package dev.followup.integration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A received webhook as its connection's inbox lists it: never its body. */
@Schema(name = "InboundEvent", description = "A webhook an ATS sent to a connection, and what became of it.")
public record InboundEventResponse(
        @Schema(description = "The stored webhook's id (the `id` of the answer the vendor got).", example = "0194f1a2-d53e-7d4b-9a10-2b3c4d5e6fa0", required = true) UUID id,
        @Schema(description = "The event's type as the vendor names it (`test` for Merge's dashboard test).", example = "interviewScheduleUpdate", required = true) String type,
        @Schema(description = "The vendor's id of the event, by which a repeat is recognised.", example = "2f6a9c1e-8b7d-4e3f-a1b2-c3d4e5f60718", required = true) String vendorEventId,
        @Schema(description = "When it was received.", example = "2026-03-06T14:00:05Z", required = true) OffsetDateTime receivedAt,
        @Schema(description = "What became of it.", example = "applied", required = true) InboundState state,
        @Schema(description = "What applying it did, or why it did nothing.", example = "1 interview rescheduled.") String outcome,
        @Schema(description = "How many times applying it was tried.", example = "1", required = true) int attempts,
        @Schema(description = "When it was settled (applied, unmatched, ignored or failed); absent while pending.", example = "2026-03-06T14:00:05Z") OffsetDateTime settledAt) {

    static InboundEventResponse of(InboundEvent event) {
        return new InboundEventResponse(event.id, event.type, event.dedupeKey,
                event.receivedAt.atOffset(ZoneOffset.UTC),
                event.state, event.outcome, event.attempts,
                event.settledAt == null ? null : event.settledAt.atOffset(ZoneOffset.UTC));
    }
}
