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
    private final FeedSequencer sequencer;

    EventFeed(EntityManager em, FeedSequencer sequencer) {
        this.em = em;
        this.sequencer = sequencer;
    }

    /** Up to {@code size} events after {@code after}, the caller's own committed changes included. */
    EventPage page(Caller caller, FeedCursor after, int size) {
        sequencer.catchUp(caller.tenantId());
        refusePurged(caller.tenantId(), after);
        List<StoredEvent> rows = after(caller, after, size + 1);
        boolean more = rows.size() > size;
        List<StoredEvent> page = more ? rows.subList(0, size) : rows;
        FeedCursor next = page.isEmpty() ? after : new FeedCursor(page.get(page.size() - 1).position);
        return new EventPage(page.stream().map(EventEnvelope::of).toList(), next.encode(), more);
    }

    /**
     * The caller's events after a position, in feed order: one seek on the feed index. Numbered events only:
     * call {@link FeedSequencer#catchUp} first for the latest.
     */
    List<StoredEvent> after(Caller caller, FeedCursor after, int limit) {
        String jpql = "from StoredEvent e where e.tenantId = :tenant"
                + (caller.actsForOneCandidate() ? " and e.ownerId = :owner" : "")
                + " and e.position > :after order by e.position";
        var query = em.createQuery(jpql, StoredEvent.class).setParameter("tenant", caller.tenantId())
                .setParameter("after", after.position()).setMaxResults(limit);
        if (caller.actsForOneCandidate()) {
            query.setParameter("owner", caller.ownerId());
        }
        return query.getResultList();
    }

    /** A position to follow from: refused when it was purged. */
    FeedCursor checked(Caller caller, FeedCursor from) {
        refusePurged(caller.tenantId(), from);
        return from;
    }

    /**
     * The position of the tenant's last event so far: where a stream without a position starts. Call
     * {@link FeedSequencer#catchUp} first, so that what committed before the stream opened is not streamed.
     */
    FeedCursor end(Caller caller) {
        List<?> last = em.createNativeQuery("select last_position from event_feed where tenant_id = ?1")
                .setParameter(1, caller.tenantId()).getResultList();
        return last.isEmpty() ? FeedCursor.START : new FeedCursor(((Number) last.get(0)).longValue());
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
