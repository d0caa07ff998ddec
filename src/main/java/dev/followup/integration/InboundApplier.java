package dev.followup.integration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import dev.followup.system.ScheduledRuns;

/**
 * Applies received ATS webhooks to the interviews they name, on any replica: each claim takes a tenant's
 * due webhooks ({@code FOR UPDATE SKIP LOCKED}) and holds them for a lease, so that no two replicas apply
 * one at once and one that stopped mid-way is taken over. Each webhook is applied in its own transaction,
 * together with its outcome; one that fails is tried again later, then settled as failed.
 */
@ApplicationScoped
public class InboundApplier {

    static final String PURGE_JOB = "inbound-event-purge";
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(InboundApplier.class);

    private final EntityManager em;
    private final Clock clock;
    private final IntegrationsConfig config;
    private final InterviewChanges changes;
    private final ScheduledRuns scheduledRuns;
    /** The replica's own hand for webhooks it just received; the timer covers whatever it leaves. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "inbound-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    /** Tenants already waiting for the worker: a burst of webhooks queues one pass, not one per webhook. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    InboundApplier(EntityManager em, Clock clock, IntegrationsConfig config, InterviewChanges changes,
            ScheduledRuns scheduledRuns) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.changes = changes;
        this.scheduledRuns = scheduledRuns;
    }

    /** Applies the tenant's due webhooks soon, on this replica's worker. */
    void soon(String tenant) {
        if (!config.applyAtOnce() || stopping || !queued.add(tenant)) {
            return;
        }
        try {
            worker.execute(() -> {
                queued.remove(tenant);
                try {
                    applyDue(tenant);
                } catch (RuntimeException e) {
                    LOG.warnf("Could not apply webhooks now; the next pass will: %s", e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(tenant); // shutting down: the webhook is stored, another replica applies it
        }
    }

    @Scheduled(every = "{followup.integrations.apply-every}", delayed = "{followup.integrations.apply-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            applyAll();
            if (scheduledRuns.claim(PURGE_JOB, PURGE_EVERY)) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not apply or purge webhooks now; the next pass will: %s", e.getClass().getSimpleName());
        }
    }

    /** Every tenant's due webhooks; how many were tried. */
    public int applyAll() {
        int tried = 0;
        for (String tenant : tenants()) {
            tried += applyDue(tenant);
        }
        return tried;
    }

    /** The tenant's due webhooks, claim after claim until none is due; how many were tried. */
    public int applyDue(String tenant) {
        int tried = 0;
        while (!stopping) {
            List<UUID> claimed = claim(tenant);
            for (UUID id : claimed) {
                apply(tenant, id);
            }
            tried += claimed.size();
            if (claimed.size() < config.applyBatch()) {
                return tried;
            }
        }
        return tried;
    }

    /** Deletes webhooks received longer ago than the retention, connection by connection; how many. */
    public int purge() {
        Instant cutoff = clock.instant().minus(config.retention());
        int purged = 0;
        List<Object[]> connections = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select tenant_id, id from integration_connection order by tenant_id, id", Object[].class)
                .getResultList());
        for (Object[] connection : connections) {
            purged += QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "delete from inbound_event where tenant_id = ?1 and connection_id = ?2 and received_at < ?3")
                    .setParameter(1, connection[0]).setParameter(2, connection[1]).setParameter(3, cutoff)
                    .executeUpdate());
        }
        return purged;
    }

    /** Tenants with a connection (only a connection receives webhooks): one walk of its primary key. */
    private List<String> tenants() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select distinct tenant_id from integration_connection order by tenant_id", String.class)
                .getResultList());
    }

    private List<UUID> claim(String tenant) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<UUID> ids = em.createQuery("select e.id from InboundEvent e where e.tenantId = :tenant "
                    + "and e.dueAt <= :now order by e.dueAt", UUID.class)
                    .setParameter("tenant", tenant).setParameter("now", now)
                    .setMaxResults(config.applyBatch())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                    .getResultList();
            if (!ids.isEmpty()) {
                em.createQuery("update InboundEvent e set e.dueAt = :lease where e.tenantId = :tenant and e.id in :ids")
                        .setParameter("lease", now.plus(config.applyLease())).setParameter("tenant", tenant)
                        .setParameter("ids", ids).executeUpdate();
            }
            return ids;
        });
    }

    private void apply(String tenant, UUID id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> applyNow(tenant, id));
        } catch (RuntimeException e) {
            LOG.warnf("Webhook %s could not be applied: %s", id, e.getClass().getSimpleName());
            QuarkusTransaction.requiringNew().run(() -> tryLater(tenant, id, e));
        }
    }

    private void applyNow(String tenant, UUID id) {
        InboundEvent event = locked(tenant, id);
        if (event == null || event.state != InboundState.PENDING) {
            return; // purged, or settled by a replica whose lease this one outlived
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant earlier = earlierStillDue(event);
        if (earlier != null) {
            // A connection's webhooks apply in the order they came: an older change must not land last.
            event.dueAt = (earlier.isAfter(now) ? earlier : now).plusMillis(1);
            event.outcome = "Waiting for an earlier webhook of the connection to be applied.";
            return;
        }
        event.attempts++;
        InboundPayloads.Reading reading;
        try {
            reading = InboundPayloads.read(event.vendor, event.type,
                    InboundPayloads.parse(event.body.getBytes(StandardCharsets.UTF_8)));
        } catch (InboundPayloads.MalformedPayload e) {
            event.settle(InboundState.FAILED, e.field() + " " + e.getMessage() + ".", now);
            return;
        }
        if (reading.ignoredBecause() != null) {
            event.settle(InboundState.IGNORED, reading.ignoredBecause(), now);
            return;
        }
        InterviewChanges.Outcome outcome = changes.apply(event.tenantId, event.vendor, event.connectionId,
                reading.changes());
        event.settle(outcome.state(), outcome.text(), now);
    }

    /** A try that failed: another after a growing pause, until the attempts run out. */
    private void tryLater(String tenant, UUID id, RuntimeException failure) {
        InboundEvent event = locked(tenant, id);
        if (event == null || event.state != InboundState.PENDING) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.attempts++;
        String why = failure.getClass().getSimpleName();
        if (event.attempts >= config.maxAttempts()) {
            event.settle(InboundState.FAILED, "Could not be applied in " + event.attempts + " tries (" + why + ").",
                    now);
            return;
        }
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(event.attempts - 1, 10));
        event.dueAt = now.plus(pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause);
        event.outcome = "Try " + event.attempts + " failed (" + why + "); the next is at " + event.dueAt + ".";
    }

    /** When the connection's latest webhook received before this one is due, if one is still to apply. */
    private Instant earlierStillDue(InboundEvent event) {
        return em.createQuery("select max(e.dueAt) from InboundEvent e where e.tenantId = :tenant "
                + "and e.connectionId = :connection and e.dueAt is not null "
                + "and (e.receivedAt < :received or (e.receivedAt = :received and e.id < :id))", Instant.class)
                .setParameter("tenant", event.tenantId).setParameter("connection", event.connectionId)
                .setParameter("received", event.receivedAt).setParameter("id", event.id).getSingleResult();
    }

    private InboundEvent locked(String tenant, UUID id) {
        return InboundEvent.<InboundEvent>find("tenantId = ?1 and id = ?2", tenant, id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdownNow();
    }
}
