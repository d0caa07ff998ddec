package dev.followup.agenda;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

import dev.followup.identity.Caller;
import dev.followup.interview.Channel;
import dev.followup.language.ContentLanguage;
import dev.followup.language.Language;
import dev.followup.language.LanguageChoice;
import dev.followup.paging.Cursor;
import dev.followup.paging.NextPageLink;
import dev.followup.schedule.FollowUpStatus;
import dev.followup.schedule.FollowUpType;
import dev.followup.system.PublicUrls;
import dev.followup.validation.Parameters;

@Path("/agenda")
@Tag(name = "Agenda", description = "What to do now and soon, across all of a candidate's interviews.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class AgendaResource {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 90;
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final AgendaService agenda;
    private final PublicUrls urls;

    AgendaResource(AgendaService agenda, PublicUrls urls) {
        this.agenda = agenda;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "getAgenda", summary = "List what to do now and soon", description = "The candidate's follow-ups across all interviews whose window opens within the next `days` days, "
            + "overdue ones included, in the order their windows open, a page at a time. By default only open items (`pending`, `due`, `overdue`); "
            + "ask for `done`, `skipped` or `cancelled` to see history. Filters combine with AND; repeat a parameter for several values. "
            + "The `next` field and the `Link: <...>; rel=\"next\"` header give the following page.")
    @APIResponse(responseCode = "200", description = "A page of the agenda.", headers = @Header(name = "Link", description = "`<url>; rel=\"next\"` when there is a next page.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaPage.class)))
    public Response list(
            @Parameter(description = "How many days ahead to look, 1 to 90.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "90", defaultValue = "7")) @QueryParam("days") String days,
            @Parameter(description = "Only follow-ups with one of these statuses; default `pending`, `due` and `overdue`.", schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpStatus.class)) @QueryParam("status") List<String> status,
            @Parameter(description = "Only follow-ups of these types.", schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpType.class)) @QueryParam("type") List<String> type,
            @Parameter(description = "Only follow-ups through these channels.", schema = @Schema(type = SchemaType.ARRAY, implementation = Channel.class)) @QueryParam("channel") List<String> channel,
            @Parameter(description = "The `next` value of the previous page; leave out for the first page.", example = "YXwxNzczMjE2MDAwfDB8MDE5NGYxYTItOWQzZS03ZDRiLTlhMTAtMmIzYzRkNWU2Zjcx") @Size(max = 200) @QueryParam("cursor") String cursor,
            @Parameter(description = "How many follow-ups a page holds, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("pageSize") String pageSize,
            @Parameter(description = ContentLanguage.PARAMETER_DESCRIPTION, example = "de", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam(LanguageChoice.PARAMETER) String language,
            @Parameter(description = ContentLanguage.HEADER_DESCRIPTION, example = "de-CH, de;q=0.9, en;q=0.5", schema = @Schema(type = SchemaType.STRING, maxLength = 512)) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context UriInfo uriInfo) {
        Optional<Language> requested = LanguageChoice.requested(language, acceptLanguage);
        Set<FollowUpStatus> statuses = status == null || status.isEmpty()
                ? AgendaQuery.OPEN
                : parsed(FollowUpStatus.class, status, "status");
        AgendaQuery query = agenda.query(
                Parameters.wholeNumber(days, "days", DEFAULT_DAYS, MAX_DAYS),
                statuses,
                parsed(FollowUpType.class, type, "type"),
                parsed(Channel.class, channel, "channel"),
                cursor == null ? null : Cursor.decode(cursor, AgendaQuery.CURSOR_TAG),
                Parameters.wholeNumber(pageSize, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
        AgendaPage page = agenda.page(query, requested);
        return ContentLanguage.of(NextPageLink.okBuilder(page, page.next(), uriInfo, urls), page.language()).build();
    }

    private static <E extends Enum<E>> Set<E> parsed(Class<E> type, List<String> values, String field) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(value -> parsed.add(Parameters.oneOf(type, value, field)));
        }
        return parsed;
    }
}
