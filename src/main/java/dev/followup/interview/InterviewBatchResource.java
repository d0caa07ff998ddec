package dev.followup.interview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.idempotency.IdempotentPosts;
import dev.followup.identity.BearerSecurityFilter;
import dev.followup.identity.Caller;
import dev.followup.problem.Problem;
import dev.followup.validation.InvalidParameterException;

@Path("/interviews/batch")
@Tag(name = "Interviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class InterviewBatchResource {

    private final InterviewBatch batch;
    private final IdempotentPosts idempotentPosts;

    InterviewBatchResource(InterviewBatch batch, IdempotentPosts idempotentPosts) {
        this.batch = batch;
        this.idempotentPosts = idempotentPosts;
    }

    @POST
    @Operation(operationId = "upsertInterviewBatch", summary = "Create or replace up to 100 interviews", description = "The integration's bulk sync: each item is an upsert by (`source`, `remoteId`) for the candidate it names "
            + "in `candidateId` (no `On-Behalf-Of` header), with an optional `ifMatch`. Items are written in order and each succeeds or fails on its own: "
            + "the answer is 200 whenever the batch itself could be read, and lists per item `{index, status, id, etag}` or `{index, status, problem}`, "
            + "where `status` and `problem` are what the single call would have answered. An item that is refused writes nothing. "
            + "The batch honours `Idempotency-Key` as a whole: a retry with the same key and body gets the first answer again and writes nothing. "
            + "Only a concurrent write of the same interview between check and write fails the whole batch (409), and then none of it is written. "
            + "The body may be 256 KB at most (about 100 typical interviews).", extensions = @Extension(name = BearerSecurityFilter.CANDIDATES_IN_BODY, value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The batch was processed: see each item's outcome.", headers = @Header(name = IdempotentPosts.REPLAYED_HEADER, description = "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.", schema = @Schema(type = SchemaType.STRING, enumeration = "true")), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is no batch: not well-formed JSON, `items` missing, empty or longer than 100, or an `On-Behalf-Of` header was sent.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 256 KB: split the batch.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An item collided with a concurrent write and nothing was written; or a request with the same Idempotency-Key is still in progress.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsertAll(
            @Parameter(description = "A unique key per intended batch; a retry with the same key gets the first answer without writing twice. Kept for 24 hours.", example = "5f0c1a5e-3a53-4f55-8a3e-6f1a2b3c4d5e", schema = @Schema(type = SchemaType.STRING, maxLength = 255)) @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
            @Parameter(hidden = true) @HeaderParam(Caller.ON_BEHALF_OF) String onBehalfOf,
            @NotNull @Valid InterviewBatchRequest body,
            @Context UriInfo uriInfo) {
        if (onBehalfOf != null) {
            throw new InvalidParameterException(Caller.ON_BEHALF_OF,
                    "is not used by a batch: name each item's candidate in its candidateId");
        }
        String instance = uriInfo.getPath();
        return idempotentPosts.runAsSender(idempotencyKey, "POST", instance, body,
                () -> Response.ok(batch.run(body.items(), instance)).build());
    }
}
