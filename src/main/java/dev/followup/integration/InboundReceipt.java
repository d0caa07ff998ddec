package dev.followup.integration;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a vendor is told of its webhook: kept (or kept already) under this id. */
@Schema(name = "InboundReceipt", description = "The webhook was verified and stored; it is applied moments later. A repeat of an event already received is acknowledged the same way and changes nothing.")
public record InboundReceipt(
        @Schema(description = "The id of the stored webhook in the connection's inbox.", example = "0194f1a2-d53e-7d4b-9a10-2b3c4d5e6fa0", required = true) UUID id,
        @Schema(description = "`accepted` the first time; `duplicate` when this vendor event was received before.", example = "accepted", required = true, enumeration = {
                "accepted", "duplicate"}) String status){
}
