package dev.followup.integration;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
 * The vendor webhooks that named one of the candidate's interviews (or deleted interviews) by its remote id,
 * as they were received: their bodies may carry the candidate's name and email. Erased before the interviews
 * and tombstones, whose remote ids find them. A webhook that names interviews of two candidates goes with
 * the first one erased: a body is kept whole or not at all.
 */
@ApplicationScoped
class InboundPersonalData implements PersonalData {

    /** The webhooks that named an interview or a tombstone of the candidate; ?1 tenant, ?2 owner. */
    private static final String NAMING = "select l.inbound_event_id from inbound_event_interview l join interview i "
            + "on i.tenant_id = l.tenant_id and i.remote_source = l.remote_source and i.remote_id = l.remote_id "
            + "where i.tenant_id = ?1 and i.owner_id = ?2 "
            + "union select l.inbound_event_id from inbound_event_interview l join interview_tombstone t "
            + "on t.tenant_id = l.tenant_id and t.remote_source = l.remote_source and t.remote_id = l.remote_id "
            + "where t.tenant_id = ?1 and t.owner_id = ?2";

    private final EntityManager em;
    private final ObjectMapper mapper;

    InboundPersonalData(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public String section() {
        return "inboundWebhooks";
    }

    @Override
    public int erasureOrder() {
        return BEFORE_INTERVIEWS;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        Pages.<UUID, InboundEvent>writeArray(json, section(), after -> page(subject, after), event -> event.id,
                ExportedInboundWebhook::of);
    }

    @SuppressWarnings("unchecked")
    private List<InboundEvent> page(DataSubject subject, UUID after) {
        var query = em.createNativeQuery("select e.* from inbound_event e where e.tenant_id = ?1 and e.id in ("
                + NAMING + ")" + (after == null ? "" : " and e.id > ?3") + " order by e.id", InboundEvent.class)
                .setParameter(1, subject.tenantId()).setParameter(2, subject.ownerId()).setMaxResults(Pages.SIZE);
        return (after == null ? query : query.setParameter(3, after)).getResultList();
    }

    /**
     * The webhooks that named the interviews keep their bodies with the interviewer's name and email replaced
     * (a pending one still applies: it is read for ids and times, never for names). Found by the interviews'
     * remote ids, one seek of the links each.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Integer> eraseInterviewer(ErasedInterviewer interviewer) {
        Redaction redaction = interviewer.redaction();
        Redaction inNames = interviewer.redactionWordByWord(); // vendors send first and last names apart
        Set<UUID> webhooks = new HashSet<>();
        for (String remote : interviewer.remoteIds()) {
            int colon = remote.indexOf(':');
            webhooks.addAll(em.createNativeQuery("select inbound_event_id from inbound_event_interview "
                    + "where tenant_id = ?1 and remote_source = ?2 and remote_id = ?3", UUID.class)
                    .setParameter(1, interviewer.tenantId()).setParameter(2, remote.substring(0, colon))
                    .setParameter(3, remote.substring(colon + 1)).getResultList());
        }
        int changed = 0;
        for (UUID id : webhooks.stream().sorted().toList()) {
            String body = (String) em.createNativeQuery("select body from inbound_event where tenant_id = ?1 "
                    + "and id = ?2", String.class).setParameter(1, interviewer.tenantId()).setParameter(2, id)
                    .getResultStream().findFirst().orElse(null);
            String redacted = body == null
                    ? null
                    : redaction.json(body, mapper, field -> field.toLowerCase(Locale.ROOT).contains("name"), inNames);
            if (redacted != null && !redacted.equals(body)) {
                // Only the body, and only if it is still the one read: the applier may settle the webhook meanwhile.
                changed += em.createNativeQuery("update inbound_event set body = ?1 where tenant_id = ?2 and id = ?3 "
                        + "and body = ?4").setParameter(1, redacted).setParameter(2, interviewer.tenantId())
                        .setParameter(3, id).setParameter(4, body).executeUpdate();
            }
        }
        return Map.of("inbound_event", changed);
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        String tenant = subject.tenantId();
        String owner = subject.ownerId();
        return new Deletions(em)
                .cascading("inbound_event_interview", "select count(*) from inbound_event_interview where "
                        + "tenant_id = ?1 and inbound_event_id in (" + NAMING + ")", tenant, owner)
                .run("inbound_event", "delete from inbound_event where tenant_id = ?1 and id in (" + NAMING + ")",
                        tenant, owner)
                .rows();
    }
}
