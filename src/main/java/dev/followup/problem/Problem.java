package dev.followup.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** An RFC 9457 problem document, the body of every error response. */
@Schema(name = "Problem", description = "An RFC 9457 problem document describing why a request failed.")
public record Problem(
        @Schema(description = "A URI that identifies the kind of problem; `about:blank` for plain HTTP errors.", example = "urn:interview-followup:problem:validation") String type,
        @Schema(description = "A short summary of the kind of problem.", example = "The request is not valid") String title,
        @Schema(description = "The HTTP status code of this response.", example = "400") int status,
        @Schema(description = "What went wrong with this request, in a sentence a developer can act on.", example = "2 fields are not valid: see violations.") String detail,
        @Schema(description = "The path of the request that failed.", example = "/interviews") String instance,
        @Schema(description = "For validation problems: each field that is not valid and why.") List<Violation> violations,
        @Schema(description = "The trace id of the request (W3C Trace Context, 32 hex digits): the same id is in each log line the service wrote for it, so support can find them.", example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, currentTraceId());
    }

    /** A plain HTTP error ({@code about:blank}) titled by its reason phrase; without a detail, the title is it. */
    static Problem ofStatus(int status, String detail, String instance) {
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        return new Problem("about:blank", title, status, detail == null ? title + "." : detail, instance, null);
    }

    /** The trace id of the request being answered, or null outside one. */
    static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** One field of a request that is not valid. */
    @Schema(name = "Violation", description = "One field of the request that is not valid.")
    public record Violation(
            @Schema(description = "Where the field is: a JSON path into the body (`interviewers[0].email`), or the name of a query parameter or header.", example = "interviewers[0].email") String field,
            @Schema(description = "Why the value is not accepted and what to send instead.", example = "must be a well-formed email address") String message) {
    }
}
