package dev.followup.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import dev.followup.system.ScheduledRuns;

/**
 * Deletes events older than the retention (30 days), tenant by tenant, once per period across all
 * replicas, and remembers the last position purged so that a stale cursor is refused, not served a gap.
 */
@ApplicationScoped
public class EventRetention {

    static final String JOB = "event-purge";
    private static final Logger LOG = Logger.getLogger(EventRetention.class);

    private final EntityManager em;
    private final Clock clock;
    private final EventsConfig config;
    private final ScheduledRuns scheduledRuns;

    EventRetention(EntityManager em, Clock clock, EventsConfig config, ScheduledRuns scheduledRuns) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
    }

    @Scheduled(every = "{followup.events.purge-every}", delayed = "{followup.events.sweep-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, Duration.parse("PT" + config.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge old events now; the next run will: " + e.getClass().getSimpleName());
        }
    }

    /** Deletes every tenant's events older than the retention; how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(config.retention());
        int purged = 0;
        for (String tenant : DueSweep.tenants(em)) {
            purged += QuarkusTransaction.requiringNew().call(() -> purge(tenant, cutoff));
        }
        return purged;
    }

    private int purge(String tenant, Instant cutoff) {
        Number last = (Number) em.createNativeQuery(
                "select max(feed_position) from event where tenant_id = ?1 and occurred_at < ?2")
                .setParameter(1, tenant).setParameter(2, cutoff).getSingleResult();
        if (last == null) {
            return 0;
        }
        // Numbered events only: one still waiting for its number has not reached the feed or any webhook yet,
        // and the numbering, which holds the feed row, never meets this delete on the same rows.
        int deleted = em.createNativeQuery("delete from event where tenant_id = ?1 and occurred_at < ?2 "
                + "and feed_position <= ?3").setParameter(1, tenant).setParameter(2, cutoff)
                .setParameter(3, last.longValue()).executeUpdate();
        // Last, so that the tenant's feed row (which numberings take) is held only for this statement;
        // readers see the deletion and the new mark together, at commit.
        em.createNativeQuery("update event_feed set purged_through = ?1 where tenant_id = ?2 and purged_through < ?1")
                .setParameter(1, last.longValue()).setParameter(2, tenant).executeUpdate();
        return deleted;
    }
}
