package dev.followup.events;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;

/**
 * The events about the candidate still kept in the feed, as the feed serves them. An event recorded but
 * not yet numbered (for a few milliseconds) is not in the export; the erasure removes it too.
 */
@ApplicationScoped
class EventPersonalData implements PersonalData {

    private final EntityManager em;

    EventPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String section() {
        return "events";
    }

    @Override
    public int erasureOrder() {
        return WITH_EVENTS;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        Pages.<Long, StoredEvent>writeArray(json, section(), after -> page(subject, after), event -> event.position,
                EventEnvelope::of, em::clear);
    }

    private List<StoredEvent> page(DataSubject subject, Long after) {
        return em.createQuery("from StoredEvent e where e.tenantId = :tenant and e.ownerId = :owner "
                + "and e.position > :after order by e.position", StoredEvent.class)
                .setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setParameter("after", after == null ? 0L : after).setMaxResults(Pages.SIZE).getResultList();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("event", "delete from event where tenant_id = ?1 and owner_id = ?2",
                subject.tenantId(), subject.ownerId()).rows();
    }
}
