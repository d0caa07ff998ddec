package dev.followup.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import dev.followup.events.EventEnvelope;
import dev.followup.events.Outbox;
import dev.followup.events.StoredEvent;

/**
 * Every replica, every second, claims the deliveries whose attempt is due ({@code FOR UPDATE SKIP LOCKED},
 * then a claim that expires) and sends them without waiting; each outcome is recorded in a transaction of
 * its own, and a finished send looks for more at once. No more than a few deliveries of one subscription are
 * on their way at once, so one slow receiver holds no other back. A replica that dies mid-delivery leaves claims that expire: another replica sends
 * them again, with the same {@code webhook-id}.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    /** A delivery claimed by this replica until {@code until}, with its message. */
    record Claim(String tenantId, UUID deliveryId, Instant until, Sender.Message message) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final WebhooksConfig config;
    private final Sender sender;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final DeliveryOutcomes outcomes;
    private final ExecutorService recorder = Executors.newFixedThreadPool(4);
    /** Per tenant: finished sends asking for another look (pacing within this replica only). */
    private final Map<String, AtomicInteger> demand = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** This replica's sends still on their way, so that a graceful shutdown records their outcomes first. */
    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();

    Dispatcher(EntityManager em, Clock clock, WebhooksConfig config, Sender sender, Outbox outbox, ObjectMapper json,
            DeliveryOutcomes outcomes) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.sender = sender;
        this.outbox = outbox;
        this.json = json;
        this.outcomes = outcomes;
    }

    @Scheduled(every = "{followup.webhooks.dispatch-every}", delayed = "{followup.events.sweep-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            // The database is away (restarting, say): claims expire, and the next run sends what this one could not.
            LOG.warn("Could not dispatch webhooks now; the next run will: " + e.getClass().getSimpleName());
        }
    }

    /** Starts every delivery due now; each future ends once its outcome is recorded. */
    public List<CompletableFuture<Void>> dispatch() {
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (String tenant : outbox.tenantsWithSubscriptions()) {
            started.addAll(dispatch(tenant));
        }
        return started;
    }

    /**
     * Dispatches, then waits until nothing is on its way any more, the sends that finished sends set off
     * included (tests, the reliability harness); how many were sent meanwhile.
     */
    public int dispatchAndWait() {
        long before = sent.get();
        dispatch();
        while (!inFlight.isEmpty() || demand.values().stream().anyMatch(d -> d.get() > 0)) {
            try {
                CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                break;
            }
        }
        return (int) (sent.get() - before);
    }

    private List<CompletableFuture<Void>> dispatch(String tenant) {
        List<CompletableFuture<Void>> started = new ArrayList<>();
        if (stopping.get()) {
            return started;
        }
        List<Claim> claims;
        int limit;
        do {
            // What this replica has on its way is bounded, so that outcomes are recorded well within their claims.
            limit = Math.min(config.dispatchBatch(), config.maxInFlight() - inFlight.size());
            if (limit <= 0) {
                break;
            }
            int batch = limit;
            claims = QuarkusTransaction.requiringNew().call(() -> claim(tenant, batch));
            for (Claim claim : claims) {
                CompletableFuture<Void> sending = sender.send(claim.message())
                        .thenAcceptAsync(outcome -> outcomes.record(claim, outcome), recorder);
                sent.incrementAndGet();
                inFlight.add(sending);
                sending.whenComplete((done, failure) -> {
                    inFlight.remove(sending);
                    more(tenant);
                });
                started.add(sending);
            }
        } while (!claims.isEmpty()); // until nothing more can go: no room, nothing due, or every receiver full
        return started;
    }

    /**
     * A send finished, so its receiver has room: what waits for it goes now, not at the next tick. Finishes
     * that come while a look is under way ask for one more look rather than one each.
     */
    private void more(String tenant) {
        AtomicInteger asked = demand.computeIfAbsent(tenant, t -> new AtomicInteger());
        if (asked.getAndIncrement() > 0 || recorder.isShutdown()) {
            return;
        }
        recorder.execute(() -> {
            int seen;
            do {
                seen = asked.get();
                try {
                    dispatch(tenant);
                } catch (RuntimeException e) {
                    LOG.debug("A look for more webhooks to send failed; the next tick looks again: "
                            + e.getClass().getSimpleName());
                }
            } while (asked.addAndGet(-seen) > 0);
        });
    }

    private List<Claim> claim(String tenant, int limit) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, Long> inFlight = inFlight(tenant, now);
        // Each receiver's own backlog, up to the room it has: a full or slow one never stands in another's way.
        List<UUID> due = new ArrayList<>();
        for (UUID subscription : em.createQuery("select s.id from WebhookSubscription s where s.tenantId = ?1 "
                + "and s.status = ?2", UUID.class).setParameter(1, tenant).setParameter(2, SubscriptionStatus.ACTIVE)
                .getResultList()) {
            long room = Math.min(config.maxInFlightPerSubscription() - inFlight.getOrDefault(subscription, 0L),
                    limit - due.size());
            if (room > 0) {
                @SuppressWarnings("unchecked")
                List<UUID> ofSubscription = em.createNativeQuery("select id from webhook_delivery where tenant_id = ?1 "
                        + "and subscription_id = ?2 and next_attempt_at <= ?3 "
                        + "and (claimed_until is null or claimed_until < ?3) "
                        + "order by next_attempt_at limit ?4 for update skip locked", UUID.class)
                        .setParameter(1, tenant).setParameter(2, subscription).setParameter(3, now)
                        .setParameter(4, room).getResultList();
                due.addAll(ofSubscription);
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        List<WebhookDelivery> deliveries = WebhookDelivery.list("tenantId = ?1 and id in ?2 order by nextAttemptAt, id",
                tenant, due);
        Map<UUID, WebhookSubscription> subscriptions = WebhookSubscription
                .<WebhookSubscription>list("tenantId = ?1 and id in ?2", tenant,
                        deliveries.stream().map(d -> d.subscriptionId).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<UUID, StoredEvent> events = StoredEvent
                .<StoredEvent>list("tenantId = ?1 and id in ?2", tenant,
                        deliveries.stream().map(d -> d.eventId).distinct().toList())
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Instant until = now.plus(config.timeout().multipliedBy(2)).plusSeconds(30);
        List<Claim> claims = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries) {
            WebhookSubscription subscription = subscriptions.get(delivery.subscriptionId);
            StoredEvent event = events.get(delivery.eventId);
            if (subscription.status != SubscriptionStatus.ACTIVE || event == null) {
                delivery.state = DeliveryState.FAILED;
                delivery.nextAttemptAt = null;
                delivery.lastError = event == null ? "The event was purged." : "The subscription is disabled.";
                continue;
            }
            delivery.claimedUntil = until;
            claims.add(new Claim(tenant, delivery.id, until, new Sender.Message(subscription.url,
                    event.id.toString(), body(event), subscription.signingSecrets(now))));
        }
        return claims;
    }

    private Map<UUID, Long> inFlight(String tenant, Instant now) {
        Map<UUID, Long> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery("select d.subscriptionId, count(d) from WebhookDelivery d "
                + "where d.tenantId = ?1 and d.claimedUntil >= ?2 group by d.subscriptionId",
                Object[].class).setParameter(1, tenant).setParameter(2, now).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private String body(StoredEvent event) {
        try {
            return json.writeValueAsString(EventEnvelope.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }

    /** Shutting down: no new claims; what is pending goes out from the other replicas. */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        stopping.set(true);
    }

    /**
     * Lets the sends on their way finish and be recorded while the database is still there (else their
     * claims expire and another replica sends them again, a duplicate with the same webhook-id).
     */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping.set(true);
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(config.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // their claims expire, and another replica sends them again with the same webhook-id
        }
    }

    @PreDestroy
    void stop() {
        recorder.shutdown();
    }
}
