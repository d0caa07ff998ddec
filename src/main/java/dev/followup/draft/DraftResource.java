package dev.followup.draft;

import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.etag.VersionTag;
import dev.followup.identity.Caller;
import dev.followup.interview.Channel;
import dev.followup.language.ContentLanguage;
import dev.followup.language.Language;
import dev.followup.language.LanguageChoice;
import dev.followup.problem.Problem;
import dev.followup.system.PublicUrls;
import dev.followup.validation.Parameters;

@Path("/follow-ups/{id}/draft")
@Tag(name = "Drafts", description = "Ready-to-edit messages for follow-ups, and a quality check for any text.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class DraftResource {

    private final DraftService drafts;
    private final PublicUrls urls;

    DraftResource(DraftService drafts, PublicUrls urls) {
        this.drafts = drafts;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "getFollowUpDraft", summary = "Write a draft for a follow-up", description = "Writes the message for a follow-up from the stored interview: the interviewer by name, a topic you discussed, your interest and fitting skills, "
            + "next steps where the type allows, and your contact details (M1, M2, M5). Each interviewer of one interview gets different wording and a different topic (M4). "
            + "It is written in English, German, French or Spanish, with that language's greetings, sign-offs and dates: the `language` parameter, else `Accept-Language`, else the candidate's `language` decides (see `Content-Language`). "
            + "The same request always gives the same draft, and nothing is stored. The quality report says what to fix before sending.")
    @APIResponse(responseCode = "200", description = "The draft, in the language `Content-Language` names.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftResponse.class), examples = {
            @ExampleObject(name = "english", summary = "A formal thank-you in English (`Accept-Language: en`), to an interviewer addressed as `ms`", value = DraftExamples.ENGLISH),
            @ExampleObject(name = "german", summary = "The same thank-you in German (`?language=de`, or `Accept-Language: de-DE`)", value = DraftExamples.GERMAN)}))
    @APIResponse(responseCode = "404", description = "No such follow-up.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The follow-up is not a message (move on), or the draft needs data you have not given yet (your name, say); `violations` says which.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response draft(
            @Parameter(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The channel to write for; one the type allows (a thank-you: `email` or `handwritten_note`; a final follow-up: `email` or `phone`; a LinkedIn connection: `linkedin`; others: `email`). Defaults to the follow-up's channel.", schema = @Schema(implementation = Channel.class)) @QueryParam("channel") String channel,
            @Parameter(description = "The tone. Defaults to `formal`.", schema = @Schema(implementation = Tone.class)) @QueryParam("tone") String tone,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        DraftResponse draft = drafts.generate(Parameters.uuid(id, "id"),
                channel == null ? null : Parameters.oneOf(Channel.class, channel, "channel"),
                tone == null ? Tone.FORMAL : Parameters.oneOf(Tone.class, tone, "tone"), requested);
        return ContentLanguage.of(Response.ok(draft), draft.language()).build();
    }

    @GET
    @Path("saved")
    @Operation(operationId = "getSavedDraft", summary = "Read the saved draft", description = "The edited draft saved on this follow-up, checked again by the quality rules, with its `ETag`.")
    @APIResponse(responseCode = "200", description = "The saved draft.", headers = @Header(name = "ETag", description = "Its version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedDraftResponse.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up, or no draft saved on it.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The draft needs data you have not given yet.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response saved(
            @Parameter(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        SavedDraftResponse saved = drafts.saved(Parameters.uuid(id, "id"), requested);
        return ContentLanguage.of(Response.ok(saved), saved.quality().language())
                .header(HttpHeaders.ETAG, VersionTag.of(saved.version())).build();
    }

    @PUT
    @Path("saved")
    @Operation(operationId = "saveDraft", summary = "Save an edited draft", description = "Keeps the candidate's edited text on the follow-up: 201 the first time, 200 after; `If-Match` is honoured when sent. "
            + "The answer carries the quality report of the saved text.")
    @APIResponse(responseCode = "200", description = "The saved draft was replaced.", headers = @Header(name = "ETag", description = "Its new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedDraftResponse.class)))
    @APIResponse(responseCode = "201", description = "The draft was saved for the first time.", headers = {
            @Header(name = "Location", description = "Where to read it.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "Its version.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedDraftResponse.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The saved draft changed since you read it.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The follow-up is not a message (move on).", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(
            @Parameter(description = "The follow-up's id.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The ETag you last read; when sent, the save only happens if it is still current.", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SavedDraftRequest body,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context UriInfo uriInfo) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        DraftService.Saved saved = drafts.save(Parameters.uuid(id, "id"), ifMatch, body, requested);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(urls.of("/follow-ups/" + saved.draft().followUpId() + "/draft/saved"))
                : Response.ok();
        return ContentLanguage.of(response, saved.draft().quality().language()).entity(saved.draft())
                .header(HttpHeaders.ETAG, VersionTag.of(saved.draft().version())).build();
    }
}
