package dev.followup.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.followup.identity.Caller;

/**
 * Reads a caller's events in feed order: a candidate's own, or an integration's whole tenant (or the one
 * candidate it names). Each read seeks the feed index from the cursor, whatever the feed's length.
 */
@ApplicationScoped
public class EventFeed {

    private final EntityManager em;

    EventFeed(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code size} events after {@code after}. */
    EventPage page(Caller caller, FeedCursor after, int size) {
        refusePurged(caller.tenantId(), after);
        String jpql = "from StoredEvent e where e.tenantId = :tenant"
                + (caller.actsForOneCandidate() ? " and e.ownerId = :owner" : "")
                + " and e.position > :after order by e.position";
        var query = em.createQuery(jpql, StoredEvent.class).setParameter("tenant", caller.tenantId())
                .setParameter("after", after.position()).setMaxResults(size + 1);
        if (caller.actsForOneCandidate()) {
            query.setParameter("owner", caller.ownerId());
        }
        List<StoredEvent> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<StoredEvent> page = more ? rows.subList(0, size) : rows;
        FeedCursor next = page.isEmpty() ? after : new FeedCursor(page.get(page.size() - 1).position);
        return new EventPage(page.stream().map(EventEnvelope::of).toList(), next.encode(), more);
    }

    /** A cursor from before the retention purge would skip events silently: it is refused instead. */
    private void refusePurged(String tenant, FeedCursor after) {
        if (after.position() == 0) {
            return;
        }
        List<?> purged = em.createNativeQuery("select purged_through from event_feed where tenant_id = ?1")
                .setParameter(1, tenant).getResultList();
        if (!purged.isEmpty() && after.position() < ((Number) purged.get(0)).longValue()) {
            throw new EventsPurgedException();
        }
    }
}
