package dev.followup.events;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.ErasedInterviewer;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;
import dev.followup.personaldata.Redaction;

/**
 * The events about the candidate still kept in the feed, as the feed serves them. An event recorded but
 * not yet numbered (for a few milliseconds) is not in the export; the erasure removes it too.
 */
@ApplicationScoped
class EventPersonalData implements PersonalData {

    /** The fields of an event that hold the candidate's own words. */
    private static final Set<String> NOTES = Set.of("statusNote");

    private final EntityManager em;
    private final Outbox outbox;
    private final ObjectMapper mapper;

    EventPersonalData(EntityManager em, Outbox outbox, ObjectMapper mapper) {
        this.em = em;
        this.outbox = outbox;
        this.mapper = mapper;
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
                EventEnvelope::of);
    }

    private List<StoredEvent> page(DataSubject subject, Long after) {
        return em.createQuery("from StoredEvent e where e.tenantId = :tenant and e.ownerId = :owner "
                + "and e.position > :after order by e.position", StoredEvent.class)
                .setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setParameter("after", after == null ? 0L : after).setMaxResults(Pages.SIZE).getResultList();
    }

    /**
     * Events about the interviews' candidates keep their bodies with the interviewer's name and email replaced,
     * those the erasure itself is recording included; webhooks built from them later carry the redacted
     * bodies. One seek of each candidate's events, filtered on the words before any body is parsed.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Integer> eraseInterviewer(ErasedInterviewer interviewer) {
        Redaction redaction = interviewer.redaction();
        // Word by word only in the candidate's notes ("Called Maria instead"), never in codes or sentences.
        Redaction inNotes = interviewer.redactionWordByWord();
        UnaryOperator<String> redact = json -> redaction.json(json, mapper, NOTES::contains, inNotes);
        outbox.rewritePending(redact);
        List<String> patterns = inNotes.likePatterns();
        int changed = 0;
        for (String owner : interviewer.candidates()) {
            var query = em.createNativeQuery("select id, data_json, previous_json from event where tenant_id = ?1 "
                    + "and owner_id = ?2 and (" + inNotes.likeCondition("data_json", 3) + " or "
                    + inNotes.likeCondition("previous_json", 3) + ")", Object[].class)
                    .setParameter(1, interviewer.tenantId()).setParameter(2, owner);
            for (int index = 0; index < patterns.size(); index++) {
                query.setParameter(index + 3, patterns.get(index));
            }
            for (Object[] row : (List<Object[]>) query.getResultList()) {
                String data = (String) row[1];
                String previous = (String) row[2];
                String redactedData = redact.apply(data);
                String redactedPrevious = previous == null ? null : redact.apply(previous);
                if (redactedData.equals(data) && Objects.equals(redactedPrevious, previous)) {
                    continue; // the filter is coarser than the words: nothing of theirs in this one
                }
                // previous_json only when there is one: a null parameter has no type PostgreSQL can infer.
                var update = em.createNativeQuery("update event set data_json = ?1"
                        + (previous == null ? "" : ", previous_json = ?4") + " where tenant_id = ?2 and id = ?3")
                        .setParameter(1, redactedData).setParameter(2, interviewer.tenantId())
                        .setParameter(3, row[0]);
                changed += (previous == null ? update : update.setParameter(4, redactedPrevious)).executeUpdate();
            }
        }
        return Map.of("event", changed);
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("event", "delete from event where tenant_id = ?1 and owner_id = ?2",
                subject.tenantId(), subject.ownerId()).rows();
    }
}
