package dev.followup.identity;

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
}
