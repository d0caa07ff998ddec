package dev.followup.validation;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds query and path parameters to the same text rules as JSON bodies ({@link Text}, single-line):
 * a NUL (%00) or line break (%0A) in a parameter is a 400 naming it, before any query runs.
 */
public class ParameterTextFilter {

    @ServerRequestFilter
    public void refuseUnacceptableText(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            for (String value : values) {
                String problem = Text.problemInSingleLine(value);
                if (problem != null) {
                    throw new InvalidParameterException(name, problem);
                }
            }
        });
    }
}
