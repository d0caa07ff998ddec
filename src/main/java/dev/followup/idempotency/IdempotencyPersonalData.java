package dev.followup.idempotency;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.PersonalData;

/**
 * The responses kept for the candidate's idempotent requests: copies of records the other sections export,
 * so not exported again, but erased with them.
 */
@ApplicationScoped
class IdempotencyPersonalData implements PersonalData {

    private final EntityManager em;

    IdempotencyPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public int erasureOrder() {
        return INDEPENDENT;
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("idempotency_key", "delete from idempotency_key where tenant_id = ?1 and "
                + "owner_id = ?2", subject.tenantId(), subject.ownerId()).rows();
    }
}
