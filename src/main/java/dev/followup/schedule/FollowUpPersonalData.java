package dev.followup.schedule;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.ErasedInterviewer;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;
import dev.followup.personaldata.Redaction;

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
                item -> FollowUpResponse.from(item, now));
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

    /**
     * Items addressed to the interviewer lose their name; reasons and notes that named them (history, which
     * the replanning left as it was) name no one. One seek of each interview's items.
     */
    @Override
    public Map<String, Integer> eraseInterviewer(ErasedInterviewer interviewer) {
        Redaction redaction = interviewer.redaction();
        Redaction notes = interviewer.redactionWordByWord(); // the candidate's own words: "Spoke to Maria"
        int changed = 0;
        for (UUID interviewId : interviewer.interviews()) {
            for (FollowUp item : FollowUp.<FollowUp>list("tenantId = ?1 and interviewId = ?2",
                    interviewer.tenantId(), interviewId)) {
                String reason = cut(PlanReason.decode(item.reason).without(redaction).encode(), 1000);
                String note = cut(notes.text(item.stateNote), 300);
                boolean addressed = item.interviewerId != null
                        && interviewer.interviewers().contains(item.interviewerId)
                        || redaction.appearsIn(item.interviewerName);
                if (addressed || !reason.equals(item.reason) || !Objects.equals(note, item.stateNote)) {
                    item.interviewerName = addressed ? null : item.interviewerName;
                    item.reason = reason;
                    item.stateNote = note;
                    changed++;
                }
            }
        }
        em.flush();
        return Map.of("follow_up", changed);
    }

    /** A text the redaction made longer than its column holds ("[erased]" is longer than "Jo"). */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("follow_up", "delete from follow_up where tenant_id = ?1 and owner_id = ?2",
                subject.tenantId(), subject.ownerId()).rows();
    }
}
