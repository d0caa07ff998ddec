package dev.followup.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import dev.followup.events.EventEnvelope;
import dev.followup.events.Outbox;
import dev.followup.events.StoredEvent;

/**
 * Every replica, every second, claims the deliveries whose attempt is due ({@code FOR UPDATE SKIP LOCKED},
 * then a claim that expires) and sends them without waiting; each outcome is recorded in a transaction of
 * its own. No more than a few deliveries of one subscription are on their way at once, so one slow receiver
 * holds no other back. A replica that dies mid-delivery leaves claims that expire: another replica sends
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
    private final ExecutorService recorder = Executors.newFixedThreadPool(2);

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
            List<Claim> claims;
            do {
                claims = QuarkusTransaction.requiringNew().call(() -> claim(tenant));
                for (Claim claim : claims) {
                    started.add(sender.send(claim.message())
                            .thenAcceptAsync(outcome -> outcomes.record(claim, outcome), recorder));
                }
            } while (claims.size() == config.dispatchBatch());
        }
        return started;
    }

    /** Dispatches and waits for every outcome to be recorded (tests, the reliability harness); how many. */
    public int dispatchAndWait() {
        List<CompletableFuture<Void>> started = dispatch();
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
        return started.size();
    }

    private List<Claim> claim(String tenant) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("select id from webhook_delivery where tenant_id = ?1 "
                + "and next_attempt_at <= ?2 and (claimed_until is null or claimed_until < ?2) "
                + "order by next_attempt_at limit ?3 for update skip locked", UUID.class)
                .setParameter(1, tenant).setParameter(2, now).setParameter(3, config.dispatchBatch()).getResultList();
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
        Map<UUID, Long> inFlight = inFlight(tenant, now);
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
            if (inFlight.getOrDefault(subscription.id, 0L) >= config.maxInFlightPerSubscription()) {
                continue; // this receiver has enough on its plate; the next round sends it
            }
            inFlight.merge(subscription.id, 1L, Long::sum);
            delivery.claimedUntil = until;
            claims.add(new Claim(tenant, delivery.id, until, new Sender.Message(subscription.url,
                    event.id.toString(), body(event), subscription.signingSecrets(now))));
        }
        return claims;
    }

    private Map<UUID, Long> inFlight(String tenant, Instant now) {
        Map<UUID, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subscription_id, count(*) from webhook_delivery "
                + "where tenant_id = ?1 and next_attempt_at <= ?2 and claimed_until >= ?2 group by subscription_id")
                .setParameter(1, tenant).setParameter(2, now).getResultList();
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

    @PreDestroy
    void stop() {
        recorder.shutdown();
    }
}
