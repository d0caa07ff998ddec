package dev.followup.integration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A received vendor webhook in the candidate's data export: with its body, unlike the connection's inbox. */
@Schema(name = "ExportedInboundWebhook", description = "A webhook an ATS sent about one of the candidate's interviews, with its body as received.")
public record ExportedInboundWebhook(
        @Schema(description = "The stored webhook's id.", example = "0194f1a2-d53e-7d4b-9a10-2b3c4d5e6fa0", required = true) UUID id,
        @Schema(description = "The connection it came through.", example = "greenhouse-main", required = true) String connectionId,
        @Schema(description = "The vendor that sent it.", example = "greenhouse", required = true) Vendor vendor,
        @Schema(description = "The event's type as the vendor names it.", example = "interviewScheduleUpdate", required = true) String eventType,
        @Schema(description = "When it was received.", example = "2026-03-06T14:00:05Z", required = true) OffsetDateTime receivedAt,
        @Schema(description = "What became of it.", example = "applied", required = true) InboundState state,
        @Schema(description = "What applying it did, or why it did nothing.", example = "1 interview rescheduled.") String outcome,
        @Schema(description = "The body as the vendor sent it.", example = "{\"id\":\"2f6a9c1e\",\"event\":\"interviewScheduleUpdate\"}") String body) {

    static ExportedInboundWebhook of(InboundEvent event) {
        return new ExportedInboundWebhook(event.id, event.connectionId, event.vendor, event.type,
                event.receivedAt.atOffset(ZoneOffset.UTC), event.state, event.outcome, event.body);
    }
}
