package dev.followup.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.problem.Problem;
import dev.followup.validation.Parameters;

@Path("/events")
@Tag(name = "Events", description = "What happened, in order: the feed to catch up from, and the fallback for integrations that cannot receive webhooks.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class EventResource {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 100;

    private final EventFeed feed;
    private final CurrentCaller currentCaller;

    EventResource(EventFeed feed, CurrentCaller currentCaller) {
        this.feed = feed;
        this.currentCaller = currentCaller;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "Read the event feed", description = "The caller's events after `after`, oldest first, a change's events together and after those of any change it followed (on the same interview or follow-up): a candidate's own; "
            + "an integration's whole tenant, or one candidate's with `On-Behalf-Of`. Events are kept 30 days. Poll with the `next` of the last page: "
            + "it is on every page, so nothing is missed and nothing comes twice. A position older than 30 days gets 410.")
    @APIResponse(responseCode = "200", description = "A page of events.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "410", description = "Events after this position were purged (kept 30 days): read the current state, then follow the feed again without `after`.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EventPage list(
            @Parameter(description = "The `next` of the previous page; leave out to start from the oldest event kept.", example = "ZXZ8NDI") @Size(max = 100) @QueryParam("after") String after,
            @Parameter(description = "How many events a page holds, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50")) @QueryParam("pageSize") String pageSize) {
        FeedCursor cursor = FeedCursor.decode(after, "after");
        int size = Parameters.wholeNumber(pageSize, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        return feed.page(currentCaller.forListing(), cursor, size);
    }
}
