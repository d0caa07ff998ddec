package dev.followup.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.followup.events.FeedSequencer;
import dev.followup.paging.Cursor;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A subscription's deliveries, read newest first, and sent again on request. */
@ApplicationScoped
public class DeliveryService {

    static final String CURSOR_TAG = "wd";

    private final EntityManager em;
    private final Clock clock;
    private final SubscriptionService subscriptions;
    private final FeedSequencer sequencer;

    DeliveryService(EntityManager em, Clock clock, SubscriptionService subscriptions, FeedSequencer sequencer) {
        this.sequencer = sequencer;
        this.em = em;
        this.clock = clock;
        this.subscriptions = subscriptions;
    }

    /** One page, newest first: one statement for the deliveries, one for their attempts, one for their types. */
    public DeliveryPage page(UUID subscriptionId, Cursor after, int size) {
        WebhookSubscription subscription = subscriptions.owned(subscriptionId);
        sequencer.catchUp(subscription.tenantId); // the deliveries of every event committed so far
        String jpql = "from WebhookDelivery d where d.tenantId = :tenant and d.subscriptionId = :subscription"
                + (after == null ? "" : " and (d.createdAt < :at or (d.createdAt = :at and d.id < :id))")
                + " order by d.createdAt desc, d.id desc";
        var query = em.createQuery(jpql, WebhookDelivery.class).setParameter("tenant", subscription.tenantId)
                .setParameter("subscription", subscription.id).setMaxResults(size + 1);
        if (after != null) {
            query.setParameter("at", after.instant()).setParameter("id", after.id());
        }
        List<WebhookDelivery> rows = query.getResultList();
        List<WebhookDelivery> page = rows.size() > size ? rows.subList(0, size) : rows;
        String next = rows.size() > size
                ? new Cursor(CURSOR_TAG, page.get(size - 1).createdAt, page.get(size - 1).id).encode()
                : null;
        return new DeliveryPage(described(subscription.tenantId, page), next);
    }

    /** Sends a delivery again now, whatever became of it; the retry schedule continues from its attempts. */
    @Transactional
    public DeliveryResponse redeliver(UUID subscriptionId, UUID deliveryId) {
        WebhookSubscription subscription = subscriptions.owned(subscriptionId);
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>find(
                "tenantId = ?1 and subscriptionId = ?2 and id = ?3", subscription.tenantId, subscription.id, deliveryId)
                .withLock(LockModeType.PESSIMISTIC_WRITE) // a claim or an outcome being recorded is not overwritten
                .firstResultOptional().orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (subscription.status != SubscriptionStatus.ACTIVE) {
            throw new RedeliveryRefusedException("The subscription is disabled: enable it first "
                    + "(POST /webhook-subscriptions/" + subscription.id + "/enable).");
        }
        if (delivery.claimedUntil != null && delivery.claimedUntil.isAfter(now)) {
            throw new RedeliveryRefusedException("This delivery is being sent right now; look again in a moment.");
        }
        delivery.state = DeliveryState.PENDING;
        delivery.nextAttemptAt = now;
        delivery.claimedUntil = null;
        // Asked for by a person: it goes now, even to a receiver that is failing and waiting for its next probe.
        em.createNativeQuery("update webhook_subscription set next_probe_at = null where tenant_id = ?1 and id = ?2 "
                + "and next_probe_at is not null").setParameter(1, subscription.tenantId)
                .setParameter(2, subscription.id).executeUpdate();
        return described(subscription.tenantId, List.of(delivery)).get(0);
    }

    private List<DeliveryResponse> described(String tenant, List<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WebhookAttempt>> attempts = WebhookAttempt
                .<WebhookAttempt>list("tenantId = ?1 and deliveryId in ?2 order by attempt", tenant,
                        deliveries.stream().map(d -> d.id).toList())
                .stream().collect(Collectors.groupingBy(a -> a.deliveryId));
        Map<UUID, String> types = em.createQuery("select e.id, e.type from StoredEvent e "
                + "where e.tenantId = ?1 and e.id in ?2", Object[].class).setParameter(1, tenant)
                .setParameter(2, deliveries.stream().map(d -> d.eventId).distinct().toList()).getResultList()
                .stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
        return deliveries.stream().map(d -> DeliveryResponse.of(d, types.get(d.eventId),
                attempts.getOrDefault(d.id, List.of()))).toList();
    }

    /** No delivery with this id belongs to the subscription. */
    public static class DeliveryNotFoundException extends ProblemException {

        DeliveryNotFoundException(UUID id) {
            super(ProblemType.NOT_FOUND, "No delivery with id " + id + " belongs to this subscription.");
        }
    }

    /** The delivery cannot be sent again now. */
    public static class RedeliveryRefusedException extends ProblemException {

        RedeliveryRefusedException(String detail) {
            super(ProblemType.CONFLICT, detail);
        }
    }
}
