package dev.followup.ratelimit;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import dev.followup.system.ScheduledRuns;

/** Forgets ended windows' counters, once per period over all replicas. */
@ApplicationScoped
class CounterRetention {

    static final String JOB = "rate-limit-counter-purge";
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(CounterRetention.class);

    private final Counters counters;
    private final RateLimitConfig config;
    private final ScheduledRuns scheduledRuns;
    private final Clock clock;

    CounterRetention(Counters counters, RateLimitConfig config, ScheduledRuns scheduledRuns, Clock clock) {
        this.counters = counters;
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
    }

    @Scheduled(every = "10m", delayed = "{followup.rate-limit.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, EVERY)) {
                counters.purge(clock.instant().minus(config.window()).minus(config.window()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge rate-limit counters now; the next run will: " + e.getClass().getSimpleName());
        }
    }
}
