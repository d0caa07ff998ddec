package dev.followup.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.Caller;
import dev.followup.problem.Problem;

@Path("/interviewer-erasures")
@Tag(name = "Interviewer data", description = "An interviewer erased on request (GDPR article 17) from every interview of the tenant.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.INTEGRATION)
public class InterviewerDataResource {

    private final InterviewerDataService data;

    InterviewerDataResource(InterviewerDataService data) {
        this.data = data;
    }

    @POST
    @Operation(operationId = "eraseInterviewer", summary = "Erase an interviewer from every interview of the tenant", description = "For an integration, across all its tenant's candidates (no `On-Behalf-Of`). "
            + "Removes the interviewer with this email (in any case) from every interview, which changes each as if it had been sent without them: "
            + "an `interview.updated` event, and its plan recomputed, so the thank-you and LinkedIn note to them are cancelled and status checks go to the next interviewer "
            + "(an interview left with no interviewer has no plan until one is added). "
            + "Then nothing stored names them: plan items and their reasons, notes, the candidates' saved drafts (a draft to them is deleted, others are redacted), "
            + "events and the webhooks built from them, ATS webhooks received about those interviews and kept responses of idempotent requests "
            + "keep `[erased]` where their name or email was. Answers once it has committed, with the rows changed per table; "
            + "an audit record keeps that count, when and which integration asked, never the interviewer. Repeating it changes nothing more. "
            + "An ATS that sends the interviewer again in a later sync registers them again.")
    @APIResponse(responseCode = "200", description = "The erasure has committed.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewerErasureResponse.class)))
    @APIResponse(responseCode = "400", description = "The email is missing or not an address, or `On-Behalf-Of` was sent.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InterviewerErasureResponse erase(@NotNull @Valid InterviewerErasureRequest body) {
        return data.erase(body);
    }
}
