package dev.followup.ratelimit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.container.ContainerRequestContext;

import dev.followup.identity.Caller;

/**
 * The tenant that an address without a token names: a calendar feed's token and a webhook's connection
 * reference both begin with the tenant in base64url, before a dot. '' when the path names none.
 */
final class PublicPaths {

    private static final String[] NAMING_PARAMETERS = {"token", "connectionRef"};

    private PublicPaths() {
    }

    static String tenantOf(ContainerRequestContext request) {
        for (String name : NAMING_PARAMETERS) {
            String value = request.getUriInfo().getPathParameters().getFirst(name);
            if (value != null && value.indexOf('.') > 0 && value.length() <= 300) {
                try {
                    String tenant = new String(Base64.getUrlDecoder().decode(value.substring(0, value.indexOf('.'))),
                            StandardCharsets.UTF_8);
                    return Caller.isUsableTenant(tenant) ? tenant : "";
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
        }
        return "";
    }
}
