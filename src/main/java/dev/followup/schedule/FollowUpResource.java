package dev.followup.schedule;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.Caller;
import dev.followup.language.ContentLanguage;
import dev.followup.language.Language;
import dev.followup.language.LanguageChoice;
import dev.followup.problem.Problem;
import dev.followup.validation.Parameters;

@Path("/follow-ups/{id}")
@Tag(name = "Follow-ups", description = "The follow-up plan: what to send, to whom, how and when; mark items done or skip them.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class FollowUpResource {

    private final FollowUpService followUps;

    FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(operationId = "getFollowUp", summary = "Read a follow-up", description = "Returns one follow-up with its window, its status now, the rules behind it and the reason.")
    @APIResponse(responseCode = "200", description = "The follow-up.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpResponse.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        return inLanguage(followUps.get(Parameters.uuid(id, "id"), requested));
    }

    @POST
    @Path("done")
    @Operation(operationId = "markFollowUpDone", summary = "Mark a follow-up done", description = "Records that the candidate did it, when (default now) and through which channel (default the suggested one); "
            + "the channel becomes the interview's `lastChannelUsed`. Marking a done item again changes nothing; a skipped or cancelled one gets 409.")
    @APIResponse(responseCode = "200", description = "The follow-up, now done.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpResponse.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The follow-up was skipped or cancelled.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response done(
            @Parameter(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Valid DoneRequest body,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        return inLanguage(followUps.markDone(Parameters.uuid(id, "id"), body, requested));
    }

    @POST
    @Path("skip")
    @Operation(operationId = "skipFollowUp", summary = "Skip a follow-up", description = "Records that the candidate will not do it, with an optional note. Skipping a skipped item again changes nothing; a done or cancelled one gets 409.")
    @APIResponse(responseCode = "200", description = "The follow-up, now skipped.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpResponse.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The follow-up was done or cancelled.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response skip(
            @Parameter(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Valid SkipRequest body,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        return inLanguage(followUps.skip(Parameters.uuid(id, "id"), body, requested));
    }

    @POST
    @Path("snooze")
    @Operation(operationId = "snoozeFollowUp", summary = "Snooze a follow-up", description = "Asks to be reminded of an open follow-up later: it becomes due again at `until`, "
            + "when a `follow_up.due` event goes out. `until` must be in the future, not before the window opens, and within 90 days; "
            + "a time after the window closes is accepted and the follow-up's `snoozeNote` says what that means. Snoozing again replaces the time; "
            + "a follow-up that moves to another window forgets its snooze. Done, skipped, cancelled and missed follow-ups get 409.")
    @APIResponse(responseCode = "200", description = "The follow-up, with `snoozedUntil`.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpResponse.class)))
    @APIResponse(responseCode = "400", description = "`until` is missing, in the past, before the window opens or more than 90 days ahead.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The follow-up is not open.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response snooze(
            @Parameter(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Valid @NotNull SnoozeRequest body,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        return inLanguage(followUps.snooze(Parameters.uuid(id, "id"), body, requested));
    }

    private static Response inLanguage(FollowUpResponse item) {
        return ContentLanguage.of(Response.ok(item), item.language()).build();
    }
}
