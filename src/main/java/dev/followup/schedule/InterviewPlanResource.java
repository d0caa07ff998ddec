package dev.followup.schedule;

import java.util.Optional;
import java.util.UUID;

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
import dev.followup.interview.InterviewProcess;
import dev.followup.interview.OutcomeRequest;
import dev.followup.language.ContentLanguage;
import dev.followup.language.Language;
import dev.followup.language.LanguageChoice;
import dev.followup.problem.Problem;
import dev.followup.validation.Parameters;

/** An interview's plan, and what the employer did about it. */
@Path("/interviews/{interviewId}")
@Tag(name = "Follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class InterviewPlanResource {

    private final FollowUpService followUps;
    private final InterviewProcess process;

    InterviewPlanResource(FollowUpService followUps, InterviewProcess process) {
        this.followUps = followUps;
        this.process = process;
    }

    @GET
    @Path("follow-ups")
    @Operation(operationId = "getInterviewFollowUps", summary = "Read an interview's follow-up plan", description = "Every follow-up of the interview, in the order their windows open: the open ones with their status now (pending, due, overdue), "
            + "and the history (done, skipped, cancelled). The plan is recomputed whenever the interview, another round of its process or its outcome changes.")
    @APIResponse(responseCode = "200", description = "The plan.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpList.class)))
    @APIResponse(responseCode = "404", description = "No such interview.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response plan(
            @Parameter(description = "The interview's id.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("interviewId") String interviewId,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        return inLanguage(followUps.planOf(Parameters.uuid(interviewId, "interviewId"), requested));
    }

    @POST
    @Path("outcome")
    @Operation(operationId = "recordInterviewOutcome", summary = "Record what the employer did", description = "Any outcome stops the pending status checks (R10). `answered` with a `nextDecisionDate` brings one check after that date (R5); "
            + "`invited_next_round` waits for the next round to be registered with this `processId` (R12); `offer`, `rejected` and `withdrew` close the whole process, "
            + "and a rejection adds one message thanking them and asking for feedback (R11). Answers with the interview's new plan. An outcome dated before the interview ended is refused (400), and one for an interview that has not ended yet or was cancelled is 422.")
    @APIResponse(responseCode = "200", description = "The interview's plan after the outcome.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpList.class)))
    @APIResponse(responseCode = "404", description = "No such interview.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The interview has not taken place yet, or was cancelled: an outcome follows a round that happened.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response outcome(
            @Parameter(description = "The interview's id.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("interviewId") String interviewId,
            @NotNull @Valid OutcomeRequest body,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        UUID id = Parameters.uuid(interviewId, "interviewId");
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        process.recordOutcome(id, body);
        return inLanguage(followUps.planOf(id, requested));
    }

    private static Response inLanguage(FollowUpList plan) {
        return ContentLanguage.of(Response.ok(plan), plan.language()).build();
    }
}
