package dev.followup.system;

import java.util.List;
import java.util.Set;

import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Whether this is a production run. Every profile but the development ones counts: a deployment
 * under a profile of its own ({@code staging}, {@code prod-eu}) gets production's start-up checks too.
 */
public final class Profiles {

    /** Laptops (dev, local) and tests, of the code (test) or of the packaged jar (it). */
    static final Set<String> DEVELOPMENT = Set.of("dev", "test", "local", "it");

    private Profiles() {
    }

    public static boolean isProduction() {
        return isProduction(ConfigUtils.getProfiles());
    }

    static boolean isProduction(List<String> active) {
        return active.stream().noneMatch(DEVELOPMENT::contains);
    }
}
