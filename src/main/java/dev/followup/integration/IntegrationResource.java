package dev.followup.integration;

import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.etag.VersionTag;
import dev.followup.identity.BearerSecurityFilter;
import dev.followup.identity.Caller;
import dev.followup.paging.Cursor;
import dev.followup.paging.NextPageLink;
import dev.followup.problem.Problem;
import dev.followup.system.PublicUrls;
import dev.followup.validation.InvalidParameterException;
import dev.followup.validation.Parameters;

@Path("/integrations")
@Tag(name = "Integrations", description = "An integration's connections to the applicant-tracking systems whose own webhooks it will send here.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.INTEGRATION)
public class IntegrationResource {

    static final String ID = "The connection's id, chosen by the integration: 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit.";
    static final String ID_EXAMPLE = "ashby-production";
    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
    private static final Pattern ID_SHAPE = Pattern.compile(ID_PATTERN);

    private final ConnectionService connections;
    private final PublicUrls urls;

    IntegrationResource(ConnectionService connections, PublicUrls urls) {
        this.connections = connections;
        this.urls = urls;
    }

    @PUT
    @Path("{connectionId}")
    @Operation(operationId = "saveIntegrationConnection", summary = "Create or replace an ATS connection", description = "Saves one of the tenant's ATS connections under the id the integration chose: 201 the first time, 200 after. "
            + "The vendor's signing `secret` is required on creation and write-only; a replacement without it keeps the stored one. `If-Match` is honoured when sent. "
            + "Integrations only (`integration` role), for the whole tenant: no `On-Behalf-Of`. A tenant has 50 connections at most.", extensions = @Extension(name = BearerSecurityFilter.TENANT_WIDE, value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The connection was replaced.", headers = @Header(name = "ETag", description = "The connection's new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionResponse.class)))
    @APIResponse(responseCode = "201", description = "The connection was created.", headers = {
            @Header(name = "Location", description = "The connection's address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "The connection's version.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionResponse.class)))
    @APIResponse(responseCode = "400", description = "The id or a field is invalid, the secret is missing on creation, or `On-Behalf-Of` was sent.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The tenant has 50 connections already.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The connection changed since you read it (or `If-Match` was sent for one that does not exist).", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = ID_PATTERN, maxLength = 64)) @PathParam("connectionId") String connectionId,
            @Parameter(description = "The ETag you last read; when sent, the save only happens if it is still current.", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ConnectionRequest body) {
        String id = checked(connectionId);
        ConnectionService.Saved saved = connections.save(id, ifMatch, body);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(urls.of("/integrations/" + id))
                : Response.ok();
        return response.entity(connections.shown(saved.connection()))
                .header(HttpHeaders.ETAG, VersionTag.of(saved.connection().version)).build();
    }

    @GET
    @Operation(operationId = "listIntegrationConnections", summary = "List the tenant's ATS connections", description = "Every connection of the tenant, by id, without secrets.", extensions = @Extension(name = BearerSecurityFilter.TENANT_WIDE, value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The connections.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionList.class)))
    @APIResponse(responseCode = "400", description = "`On-Behalf-Of` was sent.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConnectionList list() {
        return connections.list();
    }

    @GET
    @Path("{connectionId}")
    @Operation(operationId = "getIntegrationConnection", summary = "Read an ATS connection", description = "One connection of the tenant with its `ETag`, without its secret.", extensions = @Extension(name = BearerSecurityFilter.TENANT_WIDE, value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The connection.", headers = @Header(name = "ETag", description = "The connection's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectionResponse.class)))
    @APIResponse(responseCode = "400", description = "The id is invalid, or `On-Behalf-Of` was sent.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such connection in the tenant.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = ID_PATTERN, maxLength = 64)) @PathParam("connectionId") String connectionId) {
        IntegrationConnection connection = connections.get(checked(connectionId));
        return Response.ok(connections.shown(connection))
                .header(HttpHeaders.ETAG, VersionTag.of(connection.version))
                .build();
    }

    @DELETE
    @Path("{connectionId}")
    @Operation(operationId = "deleteIntegrationConnection", summary = "Delete an ATS connection", description = "Forgets the connection and its secret.", extensions = @Extension(name = BearerSecurityFilter.TENANT_WIDE, value = "true", parseValue = true))
    @APIResponse(responseCode = "204", description = "The connection was deleted.")
    @APIResponse(responseCode = "400", description = "The id is invalid, or `On-Behalf-Of` was sent.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such connection in the tenant.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = ID_PATTERN, maxLength = 64)) @PathParam("connectionId") String connectionId) {
        connections.delete(checked(connectionId));
    }

    @GET
    @Path("{connectionId}/events")
    @Operation(operationId = "listInboundEvents", summary = "List the webhooks a connection received", description = "Every webhook the connection's vendor sent and that verified, newest first, with what became of it: "
            + "`pending` until applied, then `applied`, `unmatched` (no interview is registered with that remote id), `ignored` (a type this service does not act on) or `failed`. "
            + "Kept 30 days. The `next` field and the `Link: <...>; rel=\"next\"` header give the following page.", extensions = @Extension(name = BearerSecurityFilter.TENANT_WIDE, value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "A page of received webhooks.", headers = @Header(name = "Link", description = "`<url>; rel=\"next\"` when there is a next page.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboundEventPage.class)))
    @APIResponse(responseCode = "400", description = "The id, cursor or page size is invalid, or `On-Behalf-Of` was sent.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such connection in the tenant.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response events(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = ID_PATTERN, maxLength = 64)) @PathParam("connectionId") String connectionId,
            @Parameter(description = "The `next` value of the previous page; leave out for the first page.", example = "aWV8MTc3MzA1MDQwMHwwfDAxOTRmMWEyLWQ1M2UtN2Q0Yi05YTEwLTJiM2M0ZDVlNmZhMA") @Size(max = 200) @QueryParam("cursor") String cursor,
            @Parameter(description = "How many webhooks a page holds, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("pageSize") String pageSize,
            @Context UriInfo uriInfo) {
        InboundEventPage page = connections.events(checked(connectionId),
                cursor == null ? null : Cursor.decode(cursor, ConnectionService.EVENTS_CURSOR),
                Parameters.wholeNumber(pageSize, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
        return NextPageLink.ok(page, page.next(), uriInfo, urls);
    }

    private static String checked(String connectionId) {
        if (connectionId == null || !ID_SHAPE.matcher(connectionId).matches()) {
            throw new InvalidParameterException("connectionId",
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return connectionId;
    }
}
