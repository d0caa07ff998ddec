package dev.followup.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.identity")
interface IdentityConfig {

    /** The token claim that names the caller's organisation (tenant). */
    @WithDefault("tenant")
    String tenantClaim();
}
