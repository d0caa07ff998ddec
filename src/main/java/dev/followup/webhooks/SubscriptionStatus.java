package dev.followup.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

@Schema(description = "`active` (deliveries go out), or `disabled` (after 410 Gone or five days of failures; `disabledReason` says which; POST .../enable starts it again).")
public enum SubscriptionStatus {
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("disabled")
    DISABLED
}
