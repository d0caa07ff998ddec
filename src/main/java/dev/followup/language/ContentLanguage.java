package dev.followup.language;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The headers of a response written in a negotiated language. */
public final class ContentLanguage {

    /** What the `language` query parameter and `Accept-Language` say in the contract. */
    public static final String PARAMETER_DESCRIPTION = "The language to write in: `en`, `de`, `fr` or `es` (a tag such as `de-CH` counts as `de`). "
            + "It wins over `Accept-Language`; a language the service does not write falls back to the next choice, "
            + "and `Content-Language` says which was used. A malformed tag is refused (400).";
    public static final String HEADER_DESCRIPTION = "The languages the caller prefers, with weights (RFC 9110); the first the service writes is used. "
            + "Without either, the candidate's `language` is used (the interview's where the answer is about one interview, else the profile's), then English. "
            + "Empty list elements are allowed; a malformed header is refused (400).";
    public static final String RESPONSE_HEADER_DESCRIPTION = "The language the text is written in: `en`, `de`, `fr` or `es`.";

    private ContentLanguage() {
    }

    /** {@code Content-Language}, and {@code Vary} so that a cache keeps each language apart. */
    public static Response.ResponseBuilder of(Response.ResponseBuilder response, Language language) {
        return response.header(HttpHeaders.CONTENT_LANGUAGE, language.tag()).header(HttpHeaders.VARY,
                HttpHeaders.ACCEPT_LANGUAGE);
    }
}
