package dev.followup.webhooks;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.followup.events.EventEnvelope;
import dev.followup.events.StoredEvent;

/**
 * Claims a tenant's deliveries whose attempt is due, each receiver's up to the room it has
 * ({@code FOR UPDATE SKIP LOCKED}, then a claim that expires), so that replicas never send one delivery at
 * once. A receiver that is failing gets one delivery at a time, at most one per probe interval over all
 * replicas: a dead receiver costs a probe, not an attempt for each of its waiting deliveries, and the first
 * success opens the way for all of them at once.
 */
@ApplicationScoped
class DeliveryClaims {

    /** A delivery claimed until {@code until}, with its message. */
    record Claim(String tenantId, UUID subscriptionId, UUID deliveryId, Instant until, Sender.Message message) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final WebhooksConfig config;
    private final ObjectMapper json;

    DeliveryClaims(EntityManager em, Clock clock, WebhooksConfig config, ObjectMapper json) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.json = json;
    }

    /** Claims at most {@code limit} deliveries of the tenant, in a transaction of its own. */
    List<Claim> claim(String tenant, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> claimNow(tenant, limit));
    }

    private List<Claim> claimNow(String tenant, int limit) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, Long> claimed = claimed(tenant, now);
        Map<UUID, List<UUID>> dueEvents = new HashMap<>();
        Map<UUID, UUID> subscriptionOf = new HashMap<>();
        List<WebhookSubscription> active = WebhookSubscription.list("tenantId = ?1 and status = ?2", tenant,
                SubscriptionStatus.ACTIVE);
        int taken = 0;
        for (WebhookSubscription subscription : active) {
            long held = claimed.getOrDefault(subscription.id, 0L);
            long room = Math.min(config.maxClaimedPerSubscription() - held, limit - taken);
            if (subscription.failingSince != null) {
                room = held == 0 && room > 0 && probe(subscription, now) ? 1 : 0;
            }
            if (room <= 0) {
                continue;
            }
            // Each receiver's own backlog, on its own index: a full or slow one never stands in another's way.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, event_id from webhook_delivery "
                    + "where tenant_id = ?1 and subscription_id = ?2 and next_attempt_at <= ?3 "
                    + "and (claimed_until is null or claimed_until < ?3) "
                    + "order by next_attempt_at limit ?4 for update skip locked")
                    .setParameter(1, tenant).setParameter(2, subscription.id).setParameter(3, now)
                    .setParameter(4, room).getResultList();
            for (Object[] row : rows) {
                dueEvents.computeIfAbsent(uuid(row[1]), e -> new ArrayList<>()).add(uuid(row[0]));
                subscriptionOf.put(uuid(row[0]), subscription.id);
            }
            taken += rows.size();
        }
        if (taken == 0) {
            return List.of();
        }
        Map<UUID, StoredEvent> events = StoredEvent
                .<StoredEvent>list("tenantId = ?1 and id in ?2", tenant, List.copyOf(dueEvents.keySet()))
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<UUID, WebhookSubscription> subscriptions = active.stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        Instant until = now.plus(config.timeout().multipliedBy(2)).plusSeconds(30);
        List<Claim> claims = new ArrayList<>();
        List<UUID> purged = new ArrayList<>();
        for (Map.Entry<UUID, List<UUID>> due : dueEvents.entrySet()) {
            StoredEvent event = events.get(due.getKey());
            if (event == null) {
                purged.addAll(due.getValue());
                continue;
            }
            String body = body(event);
            for (UUID delivery : due.getValue()) {
                WebhookSubscription subscription = subscriptions.get(subscriptionOf.get(delivery));
                claims.add(new Claim(tenant, subscription.id, delivery, until, new Sender.Message(subscription.url,
                        event.id.toString(), body, subscription.signingSecrets(now))));
            }
        }
        if (!purged.isEmpty()) {
            em.createNativeQuery("update webhook_delivery set state = 'FAILED', next_attempt_at = null, "
                    + "last_error = 'The event was purged.' where tenant_id = ?1 and id in (?2)")
                    .setParameter(1, tenant).setParameter(2, purged).executeUpdate();
        }
        if (!claims.isEmpty()) {
            em.createNativeQuery("update webhook_delivery set claimed_until = ?1 where tenant_id = ?2 and id in (?3)")
                    .setParameter(1, until).setParameter(2, tenant)
                    .setParameter(3, claims.stream().map(Claim::deliveryId).toList()).executeUpdate();
        }
        return claims;
    }

    /**
     * Whether this replica may send a failing receiver its next probe: a conditional update of the
     * subscription's probe time, so that over all replicas one probe goes per interval.
     */
    private boolean probe(WebhookSubscription subscription, Instant now) {
        return em.createNativeQuery("update webhook_subscription set next_probe_at = ?1 where tenant_id = ?2 "
                + "and id = ?3 and failing_since is not null and (next_probe_at is null or next_probe_at <= ?4)")
                .setParameter(1, now.plus(config.probeEvery())).setParameter(2, subscription.tenantId)
                .setParameter(3, subscription.id).setParameter(4, now).executeUpdate() == 1;
    }

    /** Per subscription, its deliveries claimed now over all replicas (in flight or waiting to go). */
    private Map<UUID, Long> claimed(String tenant, Instant now) {
        Map<UUID, Long> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery("select d.subscriptionId, count(d) from WebhookDelivery d "
                + "where d.tenantId = ?1 and d.claimedUntil >= ?2 group by d.subscriptionId",
                Object[].class).setParameter(1, tenant).setParameter(2, now).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** A uuid column of a native query's row: H2 gives its sixteen bytes, PostgreSQL a UUID. */
    private static UUID uuid(Object column) {
        if (column instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return (UUID) column;
    }

    private String body(StoredEvent event) {
        try {
            return json.writeValueAsString(EventEnvelope.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }
}
