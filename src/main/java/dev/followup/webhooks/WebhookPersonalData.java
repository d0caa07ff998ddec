package dev.followup.webhooks;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.events.Outbox;
import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;

/**
 * The candidate's own webhook subscriptions (never their secrets), and every delivery that carries an
 * event about them, to whichever subscription: erased before the events, so pending ones are cancelled
 * and no delivery log is left pointing at them.
 */
@ApplicationScoped
class WebhookPersonalData implements PersonalData {

    /** The deliveries of the candidate's events, and those to the candidate's own subscriptions. */
    private static final String DELIVERIES = "select d.id from webhook_delivery d where d.tenant_id = ?1 and d.event_id in "
            + "(select e.id from event e where e.tenant_id = ?1 and e.owner_id = ?2)";
    private static final String OWN_DELIVERIES = "select d.id from webhook_delivery d where d.tenant_id = ?1 and "
            + "d.subscription_id in (select s.id from webhook_subscription s where s.tenant_id = ?1 and s.owner_id = ?2)";

    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;

    WebhookPersonalData(EntityManager em, Clock clock, Outbox outbox) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public String section() {
        return "webhookSubscriptions";
    }

    @Override
    public int erasureOrder() {
        return BEFORE_EVENTS;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        var now = clock.instant();
        Pages.<String, WebhookSubscription>writeArray(json, section(), after -> page(subject, after),
                subscription -> subscription.url,
                subscription -> SubscriptionResponse.of(subscription, now));
    }

    /** In the order of the owner's unique index (tenant, owner, url). */
    private List<WebhookSubscription> page(DataSubject subject, String after) {
        var query = em.createQuery("from WebhookSubscription s where s.tenantId = :tenant and s.ownerId = :owner"
                + (after == null ? "" : " and s.url > :after") + " order by s.url", WebhookSubscription.class)
                .setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setMaxResults(Pages.SIZE);
        return (after == null ? query : query.setParameter("after", after)).getResultList();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        String tenant = subject.tenantId();
        String owner = subject.ownerId();
        // The feed row first, as a numbering takes it (and as SubscriptionService.delete does): a numbering
        // handing out deliveries of the candidate's events waits for this erasure, never the other way round,
        // and the subscriptions are counted under its lock, so the tenant's count stays right even when the
        // retention purge removes some of them at the same moment.
        outbox.countSubscriptions(tenant, 0);
        long own = WebhookSubscription.count("tenantId = ?1 and ownerId = ?2", tenant, owner);
        outbox.countSubscriptions(tenant, (int) -own);
        return new Deletions(em)
                .run("webhook_attempt", "delete from webhook_attempt where tenant_id = ?1 and delivery_id in ("
                        + DELIVERIES + ")", tenant, owner)
                .run("webhook_delivery", "delete from webhook_delivery where tenant_id = ?1 and id in (" + DELIVERIES
                        + ")", tenant, owner)
                .run("webhook_attempt", "delete from webhook_attempt where tenant_id = ?1 and delivery_id in ("
                        + OWN_DELIVERIES + ")", tenant, owner)
                .run("webhook_delivery", "delete from webhook_delivery where tenant_id = ?1 and id in ("
                        + OWN_DELIVERIES + ")", tenant, owner)
                .run("webhook_subscription", "delete from webhook_subscription where tenant_id = ?1 and owner_id = ?2",
                        tenant, owner)
                .rows();
    }
}
