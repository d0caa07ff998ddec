package dev.followup.ratelimit;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.PersonalData;

/** The candidate's request counters, keyed by their id: not exported (a count of requests), but erased. */
@ApplicationScoped
class CounterPersonalData implements PersonalData {

    private final EntityManager em;

    CounterPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public int erasureOrder() {
        return INDEPENDENT;
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em).run("rate_limit_counter", "delete from rate_limit_counter where tenant_id = ?1 and "
                + "client_key = ?2", subject.tenantId(), RateLimitFilter.candidateKey(subject.ownerId())).rows();
    }
}
