package dev.followup.schedule;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;

/** Every item of the candidate's plans, history included, as the plan shows each (reasons in English). */
@ApplicationScoped
class FollowUpPersonalData implements PersonalData {

    private final EntityManager em;
    private final Clock clock;

    FollowUpPersonalData(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "followUps";
    }

    @Override
    public int erasureOrder() {
        return BEFORE_INTERVIEW_ROWS;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        var now = clock.instant();
        Pages.<FollowUp, FollowUp>writeArray(json, section(), after -> page(subject, after), item -> item,
                item -> FollowUpResponse.from(item, now), em::clear);
    }

    /** In the order of the owner's agenda index (state, earliest, id), so each page seeks it. */
    private List<FollowUp> page(DataSubject subject, FollowUp after) {
        var query = em.createQuery("from FollowUp f where f.tenantId = :tenant and f.ownerId = :owner"
                + (after == null
                        ? ""
                        : " and (f.state > :state or (f.state = :state and (f.earliestAt > :earliest "
                                + "or (f.earliestAt = :earliest and f.id > :id))))")
                + " order by f.state, f.earliestAt, f.id", FollowUp.class)
                .setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setMaxResults(Pages.SIZE);
        return (after == null
                ? query
                : query.setParameter("state", after.state).setParameter("earliest", after.earliestAt)
                        .setParameter("id", after.id))
                .getResultList();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("follow_up", "delete from follow_up where tenant_id = ?1 and owner_id = ?2",
                subject.tenantId(), subject.ownerId()).rows();
    }
}
