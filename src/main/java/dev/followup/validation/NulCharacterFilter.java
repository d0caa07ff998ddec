package dev.followup.validation;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query or path parameter holding the NUL character (%00): no field accepts one, and
 * PostgreSQL cannot even compare text with it. JSON bodies are checked as they are read (StrictJson).
 */
public class NulCharacterFilter {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            for (String value : values) {
                if (value.indexOf('\0') >= 0) {
                    throw new InvalidParameterException(name, "must not contain the NUL character (%00)");
                }
            }
        });
    }
}
