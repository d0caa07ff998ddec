package dev.followup.interview;

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
 * Purges the tombstones of interviews deleted longer ago than the retention, once per period across all
 * replicas, tenant by tenant: each tenant is found with one seek past the previous one, and its old
 * tombstones deleted with one seek of the (tenant, deleted_at) index.
 */
@ApplicationScoped
public class TombstoneRetention {

    static final String JOB = "interview-tombstone-purge";
    private static final Logger LOG = Logger.getLogger(TombstoneRetention.class);

    private final EntityManager em;
    private final Clock clock;
    private final InterviewsConfig config;
    private final ScheduledRuns scheduledRuns;

    TombstoneRetention(EntityManager em, Clock clock, InterviewsConfig config, ScheduledRuns scheduledRuns) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
    }

    @Scheduled(every = "{followup.interviews.purge-every}", delayed = "{followup.interviews.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, Duration.parse("PT" + config.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Could not purge old interview tombstones now; the next run will: " + e.getClass().getSimpleName());
        }
    }

    /** Deletes every tenant's tombstones older than the retention; how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(config.tombstoneRetention());
        int purged = 0;
        for (String tenant = nextTenant(""); tenant != null; tenant = nextTenant(tenant)) {
            String current = tenant;
            purged += QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "delete from interview_tombstone where tenant_id = ?1 and deleted_at < ?2")
                    .setParameter(1, current).setParameter(2, cutoff).executeUpdate());
        }
        return purged;
    }

    private String nextTenant(String after) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select min(tenant_id) from interview_tombstone where tenant_id > ?1")
                .setParameter(1, after).getSingleResult());
    }
}
