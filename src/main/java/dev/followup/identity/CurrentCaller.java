package dev.followup.identity;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.vertx.core.http.HttpServerRequest;

/**
 * The caller of the current request, from its verified bearer token and its On-Behalf-Of header.
 * Resources are {@code @RolesAllowed}, so by the time a service asks, the token has been verified.
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;
    private final HttpServerRequest request;
    private final IdentityConfig config;

    CurrentCaller(JsonWebToken token, HttpServerRequest request, IdentityConfig config) {
        this.token = token;
        this.request = request;
        this.config = config;
    }

    /** The caller acting for one candidate; an integration must name them in On-Behalf-Of. */
    public Caller get() {
        return resolve(false);
    }

    /** The caller for a listing: an integration without On-Behalf-Of lists its whole tenant. */
    public Caller forListing() {
        return resolve(true);
    }

    private Caller resolve(boolean tenantWide) {
        Object tenant = token.getClaim(config.tenantClaim());
        if (tenant instanceof JsonString json) {
            tenant = json.getString();
        }
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        return Caller.resolve(token.getSubject(), tenant instanceof String text ? text : null, roles,
                request.getHeader(Caller.ON_BEHALF_OF), tenantWide);
    }
}
