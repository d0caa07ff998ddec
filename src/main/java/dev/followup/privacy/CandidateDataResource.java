package dev.followup.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.Caller;
import dev.followup.personaldata.DataSubject;

@Path("/candidate-data")
@Tag(name = "Candidate data", description = "Everything stored about one candidate, exported or erased on request (GDPR articles 15, 17 and 20).")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class CandidateDataResource {

    private final CandidateDataService data;

    CandidateDataResource(CandidateDataService data) {
        this.data = data;
    }

    @GET
    @Operation(operationId = "exportCandidateData", summary = "Export everything stored about the candidate", description = "One JSON document with the profile, every interview with its interviewers, every plan item, saved drafts, tombstones, the calendar feed and webhook subscriptions (without their secrets), the events still kept and the ATS webhooks that named the candidate's interviews. It is streamed as it is read, so a long history never sits in memory.")
    @APIResponse(responseCode = "200", description = "The export.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateDataExport.class)))
    public Response export() {
        DataSubject subject = data.subject();
        StreamingOutput body = out -> data.export(subject, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @DELETE
    @Operation(operationId = "eraseCandidateData", summary = "Erase everything stored about the candidate", description = "Removes every row about the candidate in every table: profile, interviews and interviewers, plans, saved drafts, tombstones, the calendar feed, their webhook subscriptions, the events about them and every webhook delivery carrying one (pending ones are cancelled), the ATS webhooks that named their interviews, idempotency records and request counters. Answers once the erasure has committed, with the rows removed per table; an audit record keeps that count, when, and who asked, never the candidate. Repeating it is harmless: it removes nothing more.")
    @APIResponse(responseCode = "200", description = "The erasure has committed.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateErasureResponse.class)))
    public CandidateErasureResponse erase() {
        return data.erase();
    }
}
