package dev.followup.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import dev.followup.schedule.FollowUpAlarms;

/**
 * Every replica sweeps every tenant on a timer, and they share the work through row claims
 * ({@link FollowUpAlarms}): no leader, no JVM lock, and each due or overdue moment announced once.
 * Tenants come from the feed table (every tenant with a plan has a feed), one indexed seek each.
 */
@ApplicationScoped
public class DueSweep {

    private static final Logger LOG = Logger.getLogger(DueSweep.class);

    private final EntityManager em;
    private final FollowUpAlarms alarms;
    private final FeedSequencer sequencer;
    private final EventsConfig config;

    DueSweep(EntityManager em, FollowUpAlarms alarms, FeedSequencer sequencer, EventsConfig config) {
        this.em = em;
        this.sequencer = sequencer;
        this.alarms = alarms;
        this.config = config;
    }

    @Scheduled(every = "{followup.events.sweep-every}", delayed = "{followup.events.sweep-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            sweepAll();
        } catch (RuntimeException e) {
            // The database is away (restarting, say): the next run announces what this one could not.
            LOG.warn("Could not sweep due follow-ups now; the next run will: " + e.getClass().getSimpleName());
        }
    }

    /** Announces every moment that has come, tenant by tenant, a batch per transaction; how many. */
    public int sweepAll() {
        int total = 0;
        for (String tenant : tenants(em)) {
            int swept;
            do {
                swept = alarms.sweep(tenant, config.sweepBatch());
                total += swept;
            } while (swept == config.sweepBatch());
            try {
                // A feed nobody reads for a while is numbered here, so that no reader inherits a long backlog.
                sequencer.catchUpUnlessBusy(tenant);
            } catch (RuntimeException e) {
                LOG.warn(
                        "Could not number one tenant's events now; the next run will: " + e.getClass().getSimpleName());
            }
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    static List<String> tenants(EntityManager em) {
        return em.createNativeQuery("select tenant_id from event_feed order by tenant_id", String.class)
                .getResultList();
    }
}
