package dev.followup.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies the tokens of every trusted issuer: those of a provider listed in {@code followup.identity.issuers}
 * against the keys of its JWKS (found by OIDC discovery when no JWKS address is given, fetched again when a
 * token names a key id not seen yet, so a provider rotates its keys without a restart here), every other
 * token as {@code mp.jwt.verify.*} says. A listed provider's token is then read into this service's terms:
 * its tenant (fixed per provider, or its claim) and its roles (its roles claim, and the integration role for
 * a client-credentials token carrying the configured scope).
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TrustedIssuerPrincipalFactory extends JWTCallerPrincipalFactory {

    private static final JwtConsumer UNVERIFIED = new JwtConsumerBuilder().setSkipAllValidators()
            .setDisableRequireSignature().setSkipSignatureVerification().build();
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration DISCOVERY_RETRY = Duration.ofSeconds(30);

    private final DefaultJWTCallerPrincipalFactory configured = new DefaultJWTCallerPrincipalFactory();
    private final IdentityConfig config;
    private final ObjectMapper json;
    /** Per trusted issuer, its verifier: built on its first token (discovery needs the network), then kept. */
    private final Map<String, JwtConsumer> verifiers = new ConcurrentHashMap<>();
    /** When discovery last failed, per issuer: it is not tried again for a while. */
    private final Map<String, Instant> discoveryFailedAt = new ConcurrentHashMap<>();
    private final VerifiedTokens verified = new VerifiedTokens();

    TrustedIssuerPrincipalFactory(IdentityConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
        JWTCallerPrincipal known = verified.find(token, Instant.now(), JWTCallerPrincipal.class);
        if (known != null) {
            return known;
        }
        JWTCallerPrincipal principal = verify(token, info);
        verified.remember(token, principal);
        return principal;
    }

    private JWTCallerPrincipal verify(String token, JWTAuthContextInfo info) throws ParseException {
        Optional<IdentityConfig.TrustedIssuer> trusted = trustedIssuerOf(token);
        if (trusted.isEmpty()) {
            return configured.parse(token, info);
        }
        IdentityConfig.TrustedIssuer issuer = trusted.get();
        JwtClaims claims;
        try {
            claims = verifier(issuer, info).processToClaims(token);
            checkLifetime(claims, info);
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new ParseException("The token of " + issuer.issuer() + " is not valid", e);
        }
        inOurTerms(claims, issuer);
        claims.setClaim(Claims.raw_token.name(), token);
        return new DefaultJWTCallerPrincipal("JWT", claims);
    }

    private Optional<IdentityConfig.TrustedIssuer> trustedIssuerOf(String token) throws ParseException {
        if (config.issuers().isEmpty()) {
            return Optional.empty();
        }
        String iss;
        try {
            iss = UNVERIFIED.processToClaims(token).getIssuer();
        } catch (InvalidJwtException | MalformedClaimException e) {
            throw new ParseException("The token cannot be read", e);
        }
        return config.issuers().values().stream().filter(issuer -> issuer.issuer().equals(iss)).findFirst();
    }

    private JwtConsumer verifier(IdentityConfig.TrustedIssuer issuer, JWTAuthContextInfo info) throws ParseException {
        JwtConsumer known = verifiers.get(issuer.issuer());
        if (known != null) {
            return known;
        }
        String jwksUrl;
        Instant failed = discoveryFailedAt.get(issuer.issuer());
        if (failed != null && failed.plus(DISCOVERY_RETRY).isAfter(Instant.now())) {
            // Forged tokens naming a provider that is down must not send a request to it each.
            throw new ParseException("The keys of " + issuer.issuer() + " could not be found a moment ago");
        }
        try {
            jwksUrl = issuer.jwksUrl().orElseGet(() -> discoveredJwksUrl(issuer));
        } catch (IllegalStateException e) {
            // Refused now, tried again after a pause: the provider may be back by then.
            discoveryFailedAt.put(issuer.issuer(), Instant.now());
            throw new ParseException("The keys of " + issuer.issuer() + " cannot be found: " + e.getMessage(), e);
        }
        HttpsJwks keys = new HttpsJwks(jwksUrl);
        keys.setDefaultCacheDuration(issuer.keysCacheFor().toSeconds());
        keys.setRetainCacheOnErrorDuration(issuer.keysCacheFor().toSeconds());
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
                .setExpectedIssuer(issuer.issuer())
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(Math.max(config.clockSkewSeconds(), info.getExpGracePeriodSecs()));
        builder.setExpectedAudience(issuer.audience());
        JwtConsumer verifier = builder.build();
        verifiers.put(issuer.issuer(), verifier);
        return verifier;
    }

    /** OIDC discovery: the provider's document names where its keys are. */
    private String discoveredJwksUrl(IdentityConfig.TrustedIssuer issuer) {
        String document = issuer.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(document))
                    .timeout(FETCH_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            String jwksUri = response.statusCode() == 200
                    ? json.readTree(response.body()).path("jwks_uri").asText("")
                    : "";
            if (jwksUri.isEmpty()) {
                throw new IllegalStateException(
                        "no jwks_uri in " + document + " (status " + response.statusCode() + ")");
            }
            return jwksUri;
        } catch (IOException e) {
            throw new IllegalStateException("the discovery document " + document + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + document, e);
        }
    }

    /** The longest lifetime accepted ({@code smallrye.jwt.time-to-live}) holds for every issuer. */
    private static void checkLifetime(JwtClaims claims, JWTAuthContextInfo info)
            throws MalformedClaimException, InvalidJwtException {
        Long longest = info.getMaxTimeToLiveSecs();
        if (longest != null && claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue() > longest) {
            throw new InvalidJwtException("The token lives longer than " + longest + " s", List.of(), null);
        }
    }

    /** The tenant and the roles, as the rest of the service reads them (the tenant claim and {@code groups}). */
    private void inOurTerms(JwtClaims claims, IdentityConfig.TrustedIssuer issuer) throws ParseException {
        if (issuer.tenant().isPresent()) {
            Object named = claims.getClaimValue(config.tenantClaim());
            if (named != null && !issuer.tenant().get().equals(named)) {
                throw new ParseException("A token of " + issuer.issuer() + " may only name its own tenant");
            }
            claims.setClaim(config.tenantClaim(), issuer.tenant().get());
        }
        Set<String> roles = new LinkedHashSet<>(words(claims.getClaimValue(issuer.rolesClaim())));
        if (issuer.integrationScope().isPresent()) {
            List<String> scopes = new ArrayList<>(words(claims.getClaimValue("scope")));
            scopes.addAll(words(claims.getClaimValue("scp")));
            if (scopes.contains(issuer.integrationScope().get())) {
                roles.add(Caller.INTEGRATION);
            }
        }
        claims.setStringListClaim(Claims.groups.name(), List.copyOf(roles));
    }

    /** A claim of several values: a JSON list, or a text of words separated by spaces. */
    private static List<String> words(Object claim) {
        if (claim instanceof String text) {
            return Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        }
        if (claim instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
