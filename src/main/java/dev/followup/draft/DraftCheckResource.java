package dev.followup.draft;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import dev.followup.language.LanguageChoice;
import dev.followup.problem.Problem;

@Path("/drafts/check")
@Tag(name = "Drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class DraftCheckResource {

    private final DraftService drafts;

    DraftCheckResource(DraftService drafts) {
        this.drafts = drafts;
    }

    @POST
    @Operation(operationId = "checkDraft", summary = "Check a text before sending", description = "Reads any text by the rules the drafts follow: unfilled fields, a missing name or nothing specific (M9), "
            + "a missing contact in the closing (M2), length over the channel's limit, emojis, slang, exclamation excess (M6), a question in a thank-you (M3), "
            + "and, with `followUpId`, wording too close to the drafts for the other interviewers (M4). Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The report.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualityReport.class)))
    @APIResponse(responseCode = "404", description = "No such follow-up.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The follow-up is not a message (move on), or needs data you have not given yet.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response check(@NotNull @Valid CheckRequest body,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        QualityReport report = drafts.check(body, LanguageChoice.requested(language, acceptLanguage));
        return ContentLanguage.of(Response.ok(report), report.language()).build();
    }
}
