package dev.followup.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.identity")
interface IdentityConfig {

    /** The token claim that names the caller's organisation (tenant). */
    @WithDefault("tenant")
    String tenantClaim();

    /** How far in the future a token's issue time (iat) may lie: issuers' clocks disagree a little. */
    @WithDefault("60")
    int clockSkewSeconds();

    /**
     * Identity providers trusted beside the one {@code mp.jwt.verify.*} names, by a name of the operator's
     * choosing: each one's keys come from its JWKS, fetched again when a token names a key not seen yet.
     */
    Map<String, TrustedIssuer> issuers();

    interface TrustedIssuer {

        /** The {@code iss} of its tokens. */
        String issuer();

        /** Where its keys are; without it, the {@code jwks_uri} of its OIDC discovery document. */
        Optional<String> jwksUrl();

        /** The tenant every token of it belongs to (a provider per tenant); without it, the tenant claim. */
        Optional<String> tenant();

        /** The claim that holds roles: a list, or a text of roles separated by spaces. */
        @WithDefault("groups")
        String rolesClaim();

        /** A scope ({@code scope} or {@code scp}) that makes the token an integration's (client credentials). */
        Optional<String> integrationScope();

        /** The audience its tokens must name: a provider's tokens for other applications are not ours. */
        String audience();

        /** How long fetched keys are used before they are fetched again. */
        @WithDefault("PT10M")
        Duration keysCacheFor();
    }
}
