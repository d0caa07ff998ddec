package dev.followup.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

@Schema(description = "`pending` (waiting for its next attempt), `delivered` (a 2xx came back), or `failed` (the receiver refused it with a 4xx, or every retry over five days failed; redeliver to try again).")
public enum DeliveryState {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("delivered")
    DELIVERED,
    @JsonProperty("failed")
    FAILED
}
