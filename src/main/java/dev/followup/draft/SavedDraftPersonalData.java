package dev.followup.draft;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.language.Language;
import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.ErasedInterviewer;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;
import dev.followup.personaldata.Redaction;
import dev.followup.schedule.FollowUpType;

/** The drafts the candidate saved, as GET /follow-ups/{id}/saved-draft shows each (checked on their own). */
@ApplicationScoped
class SavedDraftPersonalData implements PersonalData {

    private final EntityManager em;

    SavedDraftPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String section() {
        return "savedDrafts";
    }

    @Override
    public int erasureOrder() {
        return BEFORE_FOLLOW_UPS;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        Pages.<UUID, Object[]>writeArray(json, section(), after -> page(subject, after),
                row -> ((SavedDraft) row[0]).key.followUpId(),
                row -> {
                    SavedDraft saved = (SavedDraft) row[0];
                    return SavedDraftResponse.from(saved,
                            QualityCheck.check(new QualityCheck.Text((FollowUpType) row[1],
                                    saved.channel, saved.subject, saved.body,
                                    saved.language == null ? Language.ENGLISH : saved.language)));
                });
    }

    /** Each saved draft with its follow-up's type, which its quality report reads it by. */
    private List<Object[]> page(DataSubject subject, UUID after) {
        var query = em.createQuery("select d, f.type from SavedDraft d join FollowUp f on f.tenantId = d.key.tenantId "
                + "and f.id = d.key.followUpId where d.key.tenantId = :tenant and d.ownerId = :owner"
                + (after == null ? "" : " and d.key.followUpId > :after") + " order by d.key.followUpId",
                Object[].class).setParameter("tenant", subject.tenantId()).setParameter("owner", subject.ownerId())
                .setMaxResults(Pages.SIZE);
        return (after == null ? query : query.setParameter("after", after)).getResultList();
    }

    /**
     * A draft to the interviewer goes (there is no one left to send it to); another draft of their interviews
     * keeps its text with their names and email replaced, greetings included. One seek of each interview's
     * items, then of each item's draft.
     */
    @Override
    public Map<String, Integer> eraseInterviewer(ErasedInterviewer interviewer) {
        Redaction redaction = interviewer.redactionWordByWord();
        int changed = 0;
        for (UUID interviewId : interviewer.interviews()) {
            List<Object[]> rows = em.createQuery("select d, f.interviewerId from SavedDraft d join FollowUp f "
                    + "on f.tenantId = d.key.tenantId and f.id = d.key.followUpId "
                    + "where f.tenantId = :tenant and f.interviewId = :interview", Object[].class)
                    .setParameter("tenant", interviewer.tenantId()).setParameter("interview", interviewId)
                    .getResultList();
            for (Object[] row : rows) {
                SavedDraft draft = (SavedDraft) row[0];
                if (row[1] != null && interviewer.interviewers().contains((UUID) row[1])) {
                    draft.delete();
                    changed++;
                } else if (redaction.appearsIn(draft.subject) || redaction.appearsIn(draft.body)) {
                    draft.subject = cut(redaction.text(draft.subject), 200);
                    draft.body = cut(redaction.text(draft.body), 5000);
                    changed++;
                }
            }
        }
        em.flush();
        return Map.of("saved_draft", changed);
    }

    /** A text the redaction made longer than its column (and the request's limit) holds. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("saved_draft", "delete from saved_draft where tenant_id = ?1 and owner_id = ?2",
                subject.tenantId(), subject.ownerId()).rows();
    }
}
