package dev.followup.interview;

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

/** What the candidate's deleted interviews left behind, as the deleted-interviews listing shows it. */
@ApplicationScoped
class TombstonePersonalData implements PersonalData {

    private final EntityManager em;

    TombstonePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String section() {
        return "tombstones";
    }

    @Override
    public int erasureOrder() {
        return INTERVIEWS;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        Pages.<InterviewTombstone, InterviewTombstone>writeArray(json, section(), after -> page(subject, after),
                tombstone -> tombstone, InterviewTombstoneResponse::from);
    }

    /** In the order of the owner's index (tenant, owner, deleted, id), so each page seeks it. */
    private List<InterviewTombstone> page(DataSubject subject, InterviewTombstone after) {
        var query = em.createQuery("from InterviewTombstone t where t.tenantId = :tenant and t.ownerId = :owner"
                + (after == null ? "" : " and (t.deletedAt > :deleted or (t.deletedAt = :deleted and t.id > :id))")
                + " order by t.deletedAt, t.id", InterviewTombstone.class)
                .setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setMaxResults(Pages.SIZE);
        return (after == null
                ? query
                : query.setParameter("deleted", after.deletedAt).setParameter("id", after.id)).getResultList();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("interview_tombstone",
                "delete from interview_tombstone where tenant_id = ?1 and owner_id = ?2", subject.tenantId(),
                subject.ownerId()).rows();
    }
}
