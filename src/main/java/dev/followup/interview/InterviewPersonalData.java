package dev.followup.interview;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;

/** The candidate's interviews with their interviewers, as GET /interviews/{id} shows each. */
@ApplicationScoped
class InterviewPersonalData implements PersonalData {

    private final EntityManager em;

    InterviewPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String section() {
        return "interviews";
    }

    @Override
    public int erasureOrder() {
        return INTERVIEWS;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        Pages.<Interview, Interview>writeArray(json, section(), after -> page(subject, after), interview -> interview,
                InterviewResponse::from);
    }

    /**
     * In the order of the owner's index (tenant, owner, start, id), so each page seeks it; interviewers of a
     * page load in one batched statement (hibernate fetch batch size).
     */
    private List<Interview> page(DataSubject subject, Interview after) {
        var query = em.createQuery("from Interview i where i.tenantId = :tenant and i.ownerId = :owner"
                + (after == null ? "" : " and (i.startAt > :start or (i.startAt = :start and i.id > :id))")
                + " order by i.startAt, i.id", Interview.class)
                .setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setMaxResults(Pages.SIZE);
        return (after == null
                ? query
                : query.setParameter("start", after.startAt).setParameter("id", after.id)).getResultList();
    }

    /** The candidate's interviews, locked as every change of one locks it first (its plan, its events follow). */
    @Override
    public void lockForErasure(DataSubject subject) {
        em.createQuery("select i.id from Interview i where i.tenantId = :tenant and i.ownerId = :owner order by i.id")
                .setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em)
                .run("interviewer", "delete from interviewer where tenant_id = ?1 and interview_id in "
                        + "(select id from interview where tenant_id = ?1 and owner_id = ?2)",
                        subject.tenantId(), subject.ownerId())
                .run("interview", "delete from interview where tenant_id = ?1 and owner_id = ?2", subject.tenantId(),
                        subject.ownerId())
                .rows();
    }
}
