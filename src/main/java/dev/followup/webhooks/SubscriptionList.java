package dev.followup.webhooks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookSubscriptionList", description = "The caller's subscriptions (at most 20 per owner), oldest first.")
public record SubscriptionList(
        @Schema(description = "The subscriptions, without their secrets.", required = true) List<SubscriptionResponse> items) {
}
