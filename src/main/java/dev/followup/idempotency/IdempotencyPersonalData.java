package dev.followup.idempotency;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.ErasedInterviewer;
import dev.followup.personaldata.PersonalData;
import dev.followup.personaldata.Redaction;

/**
 * The responses kept for the candidate's idempotent requests: copies of records the other sections export,
 * so not exported again, but erased with them.
 */
@ApplicationScoped
class IdempotencyPersonalData implements PersonalData {

    private final EntityManager em;
    private final ObjectMapper mapper;

    IdempotencyPersonalData(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public int erasureOrder() {
        return INDEPENDENT;
    }

    /**
     * Kept responses that listed the interviewer (a registration, a batch of an integration) are replayed with
     * their name and email replaced. Every record of the tenant is a candidate (a batch is kept under the
     * integration, not the candidate), read through the key's tenant prefix and filtered on the words; they
     * live a day.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Integer> eraseInterviewer(ErasedInterviewer interviewer) {
        Redaction redaction = interviewer.redaction();
        List<String> patterns = redaction.likePatterns();
        var query = em.createNativeQuery("select owner_id, idempotency_key, response_body from idempotency_key "
                + "where tenant_id = ?1 and " + redaction.likeCondition("response_body", 2), Object[].class)
                .setParameter(1, interviewer.tenantId());
        for (int index = 0; index < patterns.size(); index++) {
            query.setParameter(index + 2, patterns.get(index));
        }
        int changed = 0;
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            String redacted = redaction.json((String) row[2], mapper);
            if (!redacted.equals(row[2])) { // the filter is coarser than the words
                changed += em.createNativeQuery("update idempotency_key set response_body = ?1 where tenant_id = ?2 "
                        + "and owner_id = ?3 and idempotency_key = ?4").setParameter(1, redacted)
                        .setParameter(2, interviewer.tenantId()).setParameter(3, row[0]).setParameter(4, row[1])
                        .executeUpdate();
            }
        }
        return Map.of("idempotency_key", changed);
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("idempotency_key", "delete from idempotency_key where tenant_id = ?1 and "
                + "owner_id = ?2", subject.tenantId(), subject.ownerId()).rows();
    }
}
