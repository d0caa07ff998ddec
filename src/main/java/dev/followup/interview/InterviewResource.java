package dev.followup.interview;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.etag.VersionTag;
import dev.followup.idempotency.IdempotentPosts;
import dev.followup.identity.Caller;
import dev.followup.paging.Cursor;
import dev.followup.paging.NextPageLink;
import dev.followup.problem.Problem;
import dev.followup.system.PublicUrls;
import dev.followup.validation.InvalidParameterException;
import dev.followup.validation.Parameters;

@Path("/interviews")
@Tag(name = "Interviews", description = "Register the interviews a candidate took part in, read, list, replace and delete them.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class InterviewResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final InterviewService interviews;
    private final InterviewListing listing;
    private final IdempotentPosts idempotentPosts;
    private final PublicUrls urls;

    InterviewResource(InterviewService interviews, InterviewListing listing, IdempotentPosts idempotentPosts,
            PublicUrls urls) {
        this.interviews = interviews;
        this.listing = listing;
        this.idempotentPosts = idempotentPosts;
        this.urls = urls;
    }

    @POST
    @Operation(operationId = "registerInterview", summary = "Register an interview", description = "Registers an interview with its interviewers. Answers 201 with the interview, its `Location` and `ETag`. "
            + "Send an `Idempotency-Key` to retry safely: a retry with the same key and body gets the first response "
            + "again (with `Idempotent-Replayed: true`) and writes nothing; the same key with another body is refused (422). "
            + "An interview whose (`source`, `remoteId`) already exists is refused (409): update it through "
            + "`PUT /interviews/by-remote-id/{source}/{remoteId}`.")
    @APIResponse(responseCode = "201", description = "The interview was registered (or, for a replayed Idempotency-Key, had been).", headers = {
            @Header(name = "Location", description = "The address of the new interview.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "The interview's version, for If-Match on later writes.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = IdempotentPosts.REPLAYED_HEADER, description = "`true` when this response is the stored answer to an earlier request with the same Idempotency-Key.", schema = @Schema(type = SchemaType.STRING, enumeration = "true"))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewResponse.class)))
    @APIResponse(responseCode = "409", description = "An interview with this source and remoteId exists already, or a request with the same Idempotency-Key is still in progress.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request, or `processId` names no process of the candidate.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "A unique key per intended write (a UUID, say); retries with the same key are answered without writing twice. Kept for 24 hours.", example = "5f0c1a5e-3a53-4f55-8a3e-6f1a2b3c4d5e", schema = @Schema(type = SchemaType.STRING, maxLength = 255)) @HeaderParam(IdempotentPosts.HEADER) String idempotencyKey,
            @NotNull @Valid InterviewRequest body,
            @Context UriInfo uriInfo) {
        return idempotentPosts.run(idempotencyKey, "POST", uriInfo.getPath(), body, () -> {
            InterviewResponse interview = interviews.create(body);
            return withTag(Response.created(locationOf(interview)), interview).build();
        });
    }

    @GET
    @Operation(operationId = "listInterviews", summary = "List interviews", description = "Lists the candidate's interviews in a stable order, a page at a time. An integration without `On-Behalf-Of` lists the interviews of every candidate of its tenant (`candidateId` tells whose). Filters combine with AND. "
            + "The `next` field and the `Link: <...>; rel=\"next\"` header give the following page; both are absent on the last page. "
            + "For incremental sync, pass `orderBy=modifiedAt` and `modifiedAfter` set to the latest `modifiedAt` you have seen, "
            + "and `includeDeleted=true` to learn of deletions too: the tombstones of interviews deleted in the last 30 days "
            + "come in the same order, their `deletedAt` standing for `modifiedAt`.")
    @APIResponse(responseCode = "200", description = "A page of interviews.", headers = @Header(name = "Link", description = "`<url>; rel=\"next\"` when there is a next page.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewPage.class)))
    public Response list(
            @Parameter(description = "Only interviews with one of these statuses; repeat the parameter for several.", schema = @Schema(type = SchemaType.ARRAY, implementation = InterviewStatus.class)) @QueryParam("status") List<String> status,
            @Parameter(description = "Only interviews whose company name contains this text, ignoring case.", example = "acme") @Size(max = 200) @QueryParam("company") String company,
            @Parameter(description = "Only interviews starting at or after this instant (ISO-8601 with offset).", example = "2026-03-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("startFrom") String startFrom,
            @Parameter(description = "Only interviews starting before this instant (ISO-8601 with offset).", example = "2026-04-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("startBefore") String startBefore,
            @Parameter(description = "Only interviews from this source system.", schema = @Schema(implementation = InterviewSource.class)) @QueryParam("source") String source,
            @Parameter(description = "Only the interview with this id in its source system.", example = "gh-int-48213") @Size(max = 128) @QueryParam("remoteId") String remoteId,
            @Parameter(description = "Only interviews changed after this instant (ISO-8601 with offset), for incremental sync.", example = "2026-03-06T16:05:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("modifiedAfter") String modifiedAfter,
            @Parameter(description = "`true` to list the tombstones of interviews deleted in the last 30 days among the interviews (`InterviewTombstone`, told apart by `deletedAt`). Needs `orderBy=modifiedAt`; combines with `modifiedAfter`, `source` and `remoteId` only.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("includeDeleted") String includeDeleted,
            @Parameter(description = "The order of the list: `startAt` (when the interviews take place) or `modifiedAt` (for incremental sync with `modifiedAfter`). Ties are broken by id.", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "startAt", "modifiedAt"}, defaultValue = "startAt")) @QueryParam("orderBy") String orderBy,
            @Parameter(description = "The `next` value of the previous page; leave out for the first page.", example = "c3wxNzQxMjY2MDAwfDB8MDE5NGYxYTItN2MzZS03ZDRiLTlhMTAtMmIzYzRkNWU2Zjcw") @Size(max = 200) @QueryParam("cursor") String cursor,
            @Parameter(description = "How many interviews a page holds, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("pageSize") String pageSize,
            @Context UriInfo uriInfo) {
        InterviewOrder order = orderBy == null
                ? InterviewOrder.startAt
                : Parameters.oneOf(InterviewOrder.class, orderBy, "orderBy");
        boolean withDeleted = Parameters.flag(includeDeleted, "includeDeleted");
        if (withDeleted) {
            requireSyncFilters(order, status, company, startFrom, startBefore);
        }
        var query = new InterviewQuery(
                status == null
                        ? List.of()
                        : status.stream().map(s -> Parameters.oneOf(InterviewStatus.class, s, "status")).toList(),
                company == null || company.isBlank() ? null : company.strip(),
                Parameters.instant(startFrom, "startFrom"),
                Parameters.instant(startBefore, "startBefore"),
                source == null ? null : Parameters.oneOf(InterviewSource.class, source, "source"),
                remoteId,
                Parameters.instant(modifiedAfter, "modifiedAfter"),
                withDeleted,
                order,
                cursor == null ? null : Cursor.decode(cursor, order.cursorTag),
                Parameters.wholeNumber(pageSize, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
        InterviewPage page = listing.list(query);
        return NextPageLink.ok(page, page.next(), uriInfo, urls);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInterview", summary = "Read an interview", description = "Returns one interview with its interviewers. The `ETag` header carries its version: send it back in `If-Match` when you replace it.")
    @APIResponse(responseCode = "200", description = "The interview.", headers = @Header(name = "ETag", description = "The interview's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewResponse.class)))
    @APIResponse(responseCode = "404", description = "No such interview.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "The interview's id.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return withTag(Response.ok(), interviews.get(Parameters.uuid(id, "id"))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceInterview", summary = "Replace an interview", description = "Replaces every field of an interview. `If-Match` with the ETag you read is required: a stale one gets 412, a missing one 428. "
            + "Interviewers are matched by email, so an interviewer who stays keeps their id.")
    @APIResponse(responseCode = "200", description = "The interview as replaced.", headers = @Header(name = "ETag", description = "The interview's new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewResponse.class)))
    @APIResponse(responseCode = "404", description = "No such interview.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another interview has this source and remoteId.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The interview changed since you read it: read it again.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`processId` names no process of the candidate.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(
            @Parameter(description = "The interview's id.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The ETag you last read.", required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid InterviewRequest body) {
        return withTag(Response.ok(), interviews.replace(Parameters.uuid(id, "id"), ifMatch, body)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteInterview", summary = "Delete an interview", description = "Deletes an interview and its interviewers; its open follow-ups are cancelled (reason `deleted`). "
            + "A tombstone (`id`, `source`, `remoteId`, `deletedAt`, `deletedBy`) stays for 30 days, listed by `GET /interviews?orderBy=modifiedAt&includeDeleted=true`; "
            + "reads of the interview answer 404 at once. `If-Match` is honoured when sent.")
    @APIResponse(responseCode = "204", description = "The interview was deleted.")
    @APIResponse(responseCode = "404", description = "No such interview.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The interview changed since you read it.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @Parameter(description = "The interview's id.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The ETag you last read; when sent, the delete only happens if it is still current.", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        interviews.delete(Parameters.uuid(id, "id"), ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("by-remote-id/{source}/{remoteId}")
    @Operation(operationId = "upsertInterviewByRemoteId", summary = "Create or replace an interview by its source id", description = "The integration's write: creates the interview that the source system knows as `remoteId` (201), or replaces it (200). "
            + "`source` and `remoteId` in the body, when given, must equal the path. `If-Match` is honoured when sent; "
            + "`If-None-Match: *` makes the call create-only (409 when it exists).")
    @APIResponse(responseCode = "200", description = "The existing interview was replaced.", headers = @Header(name = "ETag", description = "The interview's new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewResponse.class)))
    @APIResponse(responseCode = "201", description = "The interview was created.", headers = {
            @Header(name = "Location", description = "The address of the new interview.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "The interview's version.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewResponse.class)))
    @APIResponse(responseCode = "409", description = "`If-None-Match: *` was sent and the interview exists.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` does not match the current version, or there is no interview to match.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "`processId` names no process of the candidate.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upsert(
            @Parameter(description = "The source system.", schema = @Schema(implementation = InterviewSource.class)) @PathParam("source") String source,
            @Parameter(description = "The interview's id in the source system.", example = "gh-int-48213", schema = @Schema(type = SchemaType.STRING, maxLength = 128, pattern = InterviewRequest.REMOTE_ID)) @PathParam("remoteId") String remoteId,
            @Parameter(description = "The ETag you last read, to replace only that version.", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`*` to create only, never replace.", example = "*") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @NotNull @Valid InterviewRequest body,
            @Context UriInfo uriInfo) {
        InterviewSource parsedSource = Parameters.oneOf(InterviewSource.class, source, "source");
        if (remoteId.length() > 128 || !remoteId.matches(InterviewRequest.REMOTE_ID)) {
            throw new InvalidParameterException("remoteId",
                    InterviewRequest.REMOTE_ID_MESSAGE + ", at most 128 characters");
        }
        if (body.source() != null && body.source() != parsedSource) {
            throw new InvalidParameterException("source",
                    "must equal the source in the path (" + source + ") or be left out");
        }
        if (body.remoteId() != null && !body.remoteId().equals(remoteId)) {
            throw new InvalidParameterException("remoteId",
                    "must equal the remoteId in the path (" + remoteId + ") or be left out");
        }
        InterviewRequest pinned = body.withRemoteIdentity(parsedSource, remoteId);
        InterviewService.Upserted result = interviews.upsert(parsedSource, remoteId, ifMatch, ifNoneMatch, pinned);
        Response.ResponseBuilder response = result.created()
                ? Response.created(locationOf(result.interview()))
                : Response.ok();
        return withTag(response, result.interview()).build();
    }

    /** A tombstone has no status, company or start: filters on them would silently drop deletions. */
    private static void requireSyncFilters(InterviewOrder order, List<String> status, String company,
            String startFrom, String startBefore) {
        if (order != InterviewOrder.modifiedAt) {
            throw new InvalidParameterException("orderBy", "must be modifiedAt when includeDeleted=true");
        }
        String refused = status != null && !status.isEmpty()
                ? "status"
                : company != null
                        ? "company"
                        : startFrom != null
                                ? "startFrom"
                                : startBefore != null ? "startBefore" : null;
        if (refused != null) {
            throw new InvalidParameterException(refused, "cannot be combined with includeDeleted=true: a tombstone "
                    + "keeps only its id, source, remoteId and deletedAt");
        }
    }

    private URI locationOf(InterviewResponse interview) {
        return urls.of("/interviews/" + interview.id());
    }

    /** The interview as the body, and its version as the ETag. */
    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, InterviewResponse interview) {
        return response.entity(interview).header(HttpHeaders.ETAG, VersionTag.of(interview.version()));
    }
}
