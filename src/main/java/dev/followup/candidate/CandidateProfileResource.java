package dev.followup.candidate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.etag.VersionTag;
import dev.followup.identity.Caller;
import dev.followup.problem.Problem;
import dev.followup.system.PublicUrls;

@Path("/candidate-profile")
@Tag(name = "Candidate profile", description = "The candidate's name and contact details, kept once and used in every draft.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class CandidateProfileResource {

    private final CandidateProfileService profiles;
    private final PublicUrls urls;

    CandidateProfileResource(CandidateProfileService profiles, PublicUrls urls) {
        this.profiles = profiles;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "getCandidateProfile", summary = "Read the candidate profile", description = "Returns the caller's candidate profile with its `ETag`.")
    @APIResponse(responseCode = "200", description = "The profile.", headers = @Header(name = "ETag", description = "The profile's version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateProfileResponse.class)))
    @APIResponse(responseCode = "404", description = "No profile has been saved yet.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get() {
        CandidateProfile profile = profiles.get();
        return Response.ok(CandidateProfileResponse.from(profile))
                .header(HttpHeaders.ETAG, VersionTag.of(profile.version)).build();
    }

    @PUT
    @Operation(operationId = "saveCandidateProfile", summary = "Create or replace the candidate profile", description = "Saves the caller's name and contact details: 201 the first time, 200 after. `If-Match` is honoured when sent.")
    @APIResponse(responseCode = "200", description = "The profile was replaced.", headers = @Header(name = "ETag", description = "The profile's new version.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateProfileResponse.class)))
    @APIResponse(responseCode = "201", description = "The profile was created.", headers = {
            @Header(name = "Location", description = "The profile's address.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = "The profile's version.", schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateProfileResponse.class)))
    @APIResponse(responseCode = "412", description = "The profile changed since you read it.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(
            @Parameter(description = "The ETag you last read; when sent, the save only happens if it is still current.", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CandidateContact body) {
        CandidateProfileService.Saved saved = profiles.save(ifMatch, body);
        Response.ResponseBuilder response = saved.created()
                ? Response.created(urls.of("/candidate-profile"))
                : Response.ok();
        return response.entity(CandidateProfileResponse.from(saved.profile()))
                .header(HttpHeaders.ETAG, VersionTag.of(saved.profile().version))
                .build();
    }
}
