package dev.followup.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.vertx.core.http.HttpServerRequest;

import dev.followup.validation.InvalidParameterException;

/**
 * The caller of the current request, from its verified bearer token and its On-Behalf-Of header.
 * Resources are {@code @RolesAllowed}, so by the time a service asks, the token has been verified
 * (signature, issuer, expiry, and a lifetime of at most {@code smallrye.jwt.time-to-live}).
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;
    private final HttpServerRequest request;
    private final IdentityConfig config;
    /** Token times are judged by the wall clock, as the verifier judges expiry: not the domain clock. */
    private final Clock wallClock = Clock.systemUTC();

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

    /**
     * The caller acting for the candidate a part of the body names (an item of a batch), as if
     * On-Behalf-Of named them; {@code null} names no one, which only a candidate may leave out.
     */
    public Caller forCandidate(String candidateId) {
        return resolve(candidateId, false);
    }

    /** Who sent a verified token, for counting their requests: a subject within its tenant. */
    public record Subject(String tenantId, String subject, boolean integration) {
    }

    /** The token's subject, or empty without a token (or with one that names no usable tenant or subject). */
    public Optional<Subject> subject() {
        Object tenant = token.getClaim(config.tenantClaim());
        if (tenant instanceof JsonString json) {
            tenant = json.getString();
        }
        String subject = token.getSubject();
        if (!(tenant instanceof String text) || !Caller.isUsableTenant(text) || subject == null || subject.isBlank()
                || subject.length() > Caller.MAX_SUBJECT_LENGTH) {
            return Optional.empty();
        }
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        return Optional.of(new Subject(text, subject, roles.contains(Caller.INTEGRATION)));
    }

    private Caller resolve(boolean tenantWide) {
        List<String> onBehalfOf = request.headers().getAll(Caller.ON_BEHALF_OF);
        if (onBehalfOf.size() > 1) {
            throw new InvalidParameterException(Caller.ON_BEHALF_OF, "must be sent once: which candidate was meant?");
        }
        return resolve(onBehalfOf.isEmpty() ? null : onBehalfOf.get(0), tenantWide);
    }

    private Caller resolve(String onBehalfOf, boolean tenantWide) {
        Object tenant = token.getClaim(config.tenantClaim());
        if (tenant instanceof JsonString json) {
            tenant = json.getString();
        }
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        Object iat = token.getClaim(Claims.iat.name());
        Caller.checkIssuedAt(iat instanceof Number seconds
                ? seconds
                : iat instanceof JsonNumber json ? json.bigDecimalValue() : null,
                wallClock.instant(), Duration.ofSeconds(config.clockSkewSeconds()));
        return Caller.resolve(token.getSubject(), tenant instanceof String text ? text : null, roles, onBehalfOf,
                tenantWide);
    }
}
