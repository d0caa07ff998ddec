package dev.followup.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now". HTTP tests swap in a clock they move; tests of the packaged jar, which
 * cannot reach into it, fix it by configuration ({@code followup.clock.fixed}), which production refuses.
 */
class ClockProducer {

    static final String FIXED = "followup.clock.fixed";

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = FIXED) Optional<Instant> fixed) {
        if (fixed.isEmpty()) {
            return Clock.systemUTC();
        }
        if (Profiles.isProduction()) {
            throw new IllegalStateException(FIXED + " is for tests of the packaged service: production runs on the "
                    + "system clock");
        }
        return Clock.fixed(fixed.get(), ZoneOffset.UTC);
    }
}
