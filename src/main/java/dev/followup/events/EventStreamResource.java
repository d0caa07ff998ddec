package dev.followup.events;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;

@Path("/events/stream")
@Tag(name = "Events")
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class EventStreamResource {

    private final EventStreams streams;
    private final CurrentCaller currentCaller;

    EventStreamResource(EventStreams streams, CurrentCaller currentCaller) {
        this.streams = streams;
        this.currentCaller = currentCaller;
    }

    @GET
    @Blocking // it reads its starting position before the stream begins
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamEvents", summary = "Follow events live", description = "The caller's events as they commit, as server-sent events: each has `id` (its position: "
            + "send it back as `Last-Event-ID` when reconnecting, and the stream resumes right after it, without a gap), `event` (the type) and `data` (the `Event` envelope as JSON). "
            + "Without `Last-Event-ID` or `after` the stream starts with the next event. The stream opens with a position mark, and sends one every 15 seconds when nothing happens (a keep-alive): a comment line `: position <id>` and an `id:` line, without `event` or `data`, "
            + "so `EventSource` keeps the id without firing an event. Send the last id you have, an event's or a mark's, as `Last-Event-ID`: a client that reconnects before any event arrived misses nothing, "
            + "and a quiet client's position moves on with the feed, so it never falls behind the 30 days events are kept. "
            + "The stream ends after an hour, and when the service shuts down; reconnect with the last id. Browsers' `EventSource` cannot send the bearer token: use a fetch-based client.")
    @APIResponse(responseCode = "200", description = "The stream.", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING, description = "Server-sent events: `id:`, `event:` and `data:` lines per event; position marks (`: position <id>` and `id:`) at the start and as keep-alives.", example = ": position ZXZ8NDI\nid: ZXZ8NDI\n\nid: ZXZ8NDM\nevent: follow_up.due\ndata: {\"id\":\"0194f1a2-b13e-7d4b-9a10-2b3c4d5e6f80\",\"type\":\"follow_up.due\",...}\n\n")))
    @APIResponse(responseCode = "410", description = "The position was purged (events are kept 30 days): read the current state, then follow the stream again without it.", content = @Content(mediaType = dev.followup.problem.Problem.MEDIA_TYPE, schema = @Schema(implementation = dev.followup.problem.Problem.class)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "The id of the last event received, to resume right after it.", example = "ZXZ8NDI") @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "Where to start, as in GET /events; `Last-Event-ID` wins when both are sent.", example = "ZXZ8NDI") @QueryParam("after") String after,
            @Context Sse sse) {
        Caller caller = currentCaller.forListing();
        FeedCursor from = lastEventId != null && !lastEventId.isBlank()
                ? FeedCursor.decode(lastEventId, "Last-Event-ID")
                : after != null && !after.isBlank() ? FeedCursor.decode(after, "after") : null;
        return streams.open(caller, from, sse, Duration.ofHours(1));
    }
}
