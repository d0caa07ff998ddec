package dev.followup.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import dev.followup.events.EventsConfig;
import dev.followup.events.Outbox;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes deliveries (and their attempts) as old as the events they carried, subscription by subscription
 * (one seek each on the deliveries' list index), once per period across all replicas.
 */
@ApplicationScoped
public class DeliveryRetention {

    static final String JOB = "webhook-delivery-purge";
    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class);

    private final EntityManager em;
    private final Clock clock;
    private final EventsConfig events;
    private final Outbox outbox;
    private final ScheduledRuns scheduledRuns;

    DeliveryRetention(EntityManager em, Clock clock, EventsConfig events, Outbox outbox, ScheduledRuns scheduledRuns) {
        this.em = em;
        this.clock = clock;
        this.events = events;
        this.outbox = outbox;
        this.scheduledRuns = scheduledRuns;
    }

    @Scheduled(every = "{followup.events.purge-every}", delayed = "{followup.events.sweep-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, Duration.parse("PT" + events.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge old webhook deliveries now; the next run will: " + e.getClass().getSimpleName());
        }
    }

    /** Deletes every delivery made before the retention; how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(events.retention());
        int purged = 0;
        for (String tenant : outbox.tenantsWithSubscriptions()) {
            List<UUID> subscriptions = em.createQuery("select s.id from WebhookSubscription s where s.tenantId = ?1",
                    UUID.class).setParameter(1, tenant).getResultList();
            for (UUID subscription : subscriptions) {
                purged += QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from webhook_delivery where tenant_id = ?1 and subscription_id = ?2 and created_at < ?3")
                        .setParameter(1, tenant).setParameter(2, subscription).setParameter(3, cutoff).executeUpdate());
            }
        }
        return purged;
    }
}
