package dev.followup.webhooks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryPage", description = "A page of a subscription's deliveries, newest first. Pass `next` as `cursor` for the following page; it is absent on the last page.")
public record DeliveryPage(
        @Schema(description = "The deliveries on this page.", required = true) List<DeliveryResponse> items,
        @Schema(description = "The cursor of the next page; absent when this is the last page.", example = "d2R8MTc3MzA1MDQwMHwwfDAxOTRmMWEyLWQ1M2UtN2Q0Yi05YTEwLTJiM2M0ZDVlNmZhMA") String next) {
}
