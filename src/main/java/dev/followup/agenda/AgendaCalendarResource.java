package dev.followup.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.Caller;
import dev.followup.language.ContentLanguage;
import dev.followup.language.LanguageChoice;

@Path("/agenda.ics")
@Tag(name = "Agenda")
@Produces(AgendaCalendar.MEDIA_TYPE)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class AgendaCalendarResource {

    private final CalendarService calendars;

    AgendaCalendarResource(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Operation(operationId = "getAgendaCalendar", summary = "Download the agenda as a calendar", description = "The candidate's open follow-ups of the next 90 days as iCalendar (RFC 5545) events at their suggested times, "
            + "each with the reason, the window to act in and a link to the item; items closed in the last 30 days are included as cancelled events. "
            + "Every event keeps its UID, and its SEQUENCE grows when the item moves, so calendar apps update it in place. "
            + "Calendar apps cannot send a bearer token: to subscribe, create a secret feed address with `PUT /calendar-feed`. "
            + "Send the `ETag` you got as `If-None-Match` to get 304 while nothing changed.")
    @APIResponse(responseCode = "304", description = "Nothing changed since the version named in `If-None-Match`.", headers = @Header(name = "ETag", description = "The calendar's version.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The calendar.", headers = @Header(name = "ETag", description = "The calendar's version, for `If-None-Match`.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(mediaType = AgendaCalendar.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//interview-followup//agenda//EN\r\nBEGIN:VEVENT\r\nUID:0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71@interview-followup\r\nSEQUENCE:0\r\nSUMMARY:Thank Maria Lopez (Acme Robotics, Senior Backend Engineer)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")))
    public Response calendar(
            @Parameter(description = "The `ETag` of the calendar you have; 304 when it is still current.", example = "\"k3Jx2uQ3cG9h9xM4rYw0bA\"") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return CalendarText.conditional(calendars.agenda(LanguageChoice.requested(language, acceptLanguage)),
                ifNoneMatch);
    }
}
