package dev.followup.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.followup.system.PublicUrls;

/** RFC 8288: a page answers with a {@code Link: <...>; rel="next"} to the following page, when there is one. */
public final class NextPageLink {

    private NextPageLink() {
    }

    /** A 200 with the page, and the link to the same request continuing at {@code next}. */
    public static Response ok(Object page, String next, UriInfo request, PublicUrls urls) {
        return okBuilder(page, next, request, urls).build();
    }

    /** The same answer, still open to more headers. */
    public static Response.ResponseBuilder okBuilder(Object page, String next, UriInfo request, PublicUrls urls) {
        Response.ResponseBuilder response = Response.ok(page);
        if (next != null) {
            response.links(Link.fromUri(urls.requestWith(request, "cursor", next)).rel("next").build());
        }
        return response;
    }
}
