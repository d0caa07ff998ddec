package dev.followup.agenda;

import java.net.URI;
import java.time.ZoneOffset;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.Caller;
import dev.followup.language.ContentLanguage;
import dev.followup.language.LanguageChoice;
import dev.followup.problem.Problem;
import dev.followup.system.PublicUrls;

/** A secret calendar subscription address, for calendar apps that cannot send a bearer token. */
@Path("/calendar-feed")
@Tag(name = "Agenda")
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class CalendarFeedResource {

    private final CalendarService calendars;
    private final PublicUrls urls;

    CalendarFeedResource(CalendarService calendars, PublicUrls urls) {
        this.calendars = calendars;
        this.urls = urls;
    }

    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCalendarFeed", summary = "Create a calendar subscription address", description = "Creates a secret address that serves the agenda as iCalendar without a token, for calendar apps. "
            + "The address is shown only in this response. Calling again replaces it: the previous address stops working.")
    @APIResponse(responseCode = "201", description = "The new address.", headers = @Header(name = "Location", description = "The feed address itself.", schema = @Schema(type = SchemaType.STRING, format = "uri")), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedResponse.class)))
    public Response create() {
        CalendarService.CreatedFeed feed = calendars.createFeed();
        URI url = urls.of("/calendar-feed/" + feed.token());
        return Response.created(url)
                .entity(new CalendarFeedResponse(url, feed.createdAt().atOffset(ZoneOffset.UTC)))
                .build();
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deleteCalendarFeed", summary = "Delete the calendar subscription address", description = "The address stops working at once.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "There is no calendar feed.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete() {
        calendars.deleteFeed();
        return Response.noContent().build();
    }

    @GET
    @Path("{token}")
    @PermitAll
    @Produces(AgendaCalendar.MEDIA_TYPE)
    @Operation(operationId = "getCalendarFeed", summary = "Read a calendar subscription", description = "The agenda of the feed's candidate as iCalendar, as `GET /agenda.ics` gives it. "
            + "No token: the secret address is the credential. Send the `ETag` you got as `If-None-Match` to get 304 while nothing changed.", extensions = @Extension(name = "x-public", value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "The calendar.", headers = @Header(name = "ETag", description = "The calendar's version, for `If-None-Match`.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = AgendaCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//interview-followup//agenda//EN\r\nEND:VCALENDAR\r\n")))
    @APIResponse(responseCode = "304", description = "Nothing changed since the version named in `If-None-Match`.", headers = @Header(name = "ETag", description = "The calendar's version.", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No feed has this address (it was replaced or deleted, or it is malformed).", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feed(
            @Parameter(description = "The secret part of the address.", example = "dGVuYW50LWE.Jx2uQ3cG9h9xM4rYw0bJ6e1lJm2kzPqA3dVwY8nT5sE", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @PathParam("token") String token,
            @Parameter(description = "The `ETag` of the calendar you have; 304 when it is still current.", example = "\"k3Jx2uQ3cG9h9xM4rYw0bA\"") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION
                    + " A calendar app sends no preference of its own: add `?language=de` to the feed address to choose.", example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return CalendarText.conditional(calendars.feed(token, LanguageChoice.requested(language, acceptLanguage)),
                ifNoneMatch);
    }
}
