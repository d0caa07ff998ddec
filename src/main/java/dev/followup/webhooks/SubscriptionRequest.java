package dev.followup.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.events.EventType;

@Schema(name = "WebhookSubscriptionRequest", description = "Where to deliver events, and which.")
public record SubscriptionRequest(
        @Schema(description = "The receiver: an https URL that resolves to public addresses only (no loopback, private, link-local or metadata addresses). "
                + "Deliveries are POSTed to it; redirects are not followed. One owner may not subscribe the same URL twice.", example = "https://ats.example.com/hooks/interview-followup", maxLength = 2000, required = true) @NotNull @Size(min = 1, max = 2000) String url,
        @Schema(description = "The event types to deliver; leave out for all of them, those added later included.", example = "[\"follow_up.due\", \"follow_up.overdue\"]", maxItems = 20) @Size(min = 1, max = 20) List<@NotNull EventType> eventTypes,
        @Schema(description = "What it is for, to tell subscriptions apart.", example = "Reminders for the Acme ATS sync", maxLength = 300) @Size(max = 300) String description) {
}
