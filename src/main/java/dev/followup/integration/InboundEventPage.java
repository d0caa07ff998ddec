package dev.followup.integration;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InboundEventPage", description = "A page of a connection's received webhooks, newest first. Pass `next` as `cursor` for the following page; it is absent on the last page.")
public record InboundEventPage(
        @Schema(description = "The webhooks on this page.", required = true) List<InboundEventResponse> items,
        @Schema(description = "The cursor of the next page; absent when this is the last page.", example = "aWV8MTc3MzA1MDQwMHwwfDAxOTRmMWEyLWQ1M2UtN2Q0Yi05YTEwLTJiM2M0ZDVlNmZhMA") String next) {
}
