package dev.followup.events;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a feed. */
@Schema(name = "EventPage", description = "The caller's events after a position, oldest first: a change's events together, after those of any change it followed (on the same interview or follow-up). "
        + "Pass `next` as `after` to continue; it is there on every page, the last included, so that a client can poll from where it stopped.")
public record EventPage(
        @Schema(description = "The events on this page.", required = true) List<EventEnvelope> items,
        @Schema(description = "The position after the last event of this page (or the `after` given, when the page is empty).", example = "ZXZ8NDI", required = true) String next,
        @Schema(description = "Whether more events are waiting after `next` right now.", example = "false", required = true) boolean hasMore) {
}
