package dev.followup.contract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/** Asks the test database how it would run a statement, to prove which index serves it. */
@ApplicationScoped
public class QueryPlans {

    private final EntityManager em;

    QueryPlans(EntityManager em) {
        this.em = em;
    }

    /**
     * The plan as text. On PostgreSQL sequential scans are priced out first, so that an empty test
     * table still shows whether the index <em>can</em> serve the statement (it can unless the
     * statement stops matching it); H2 picks indexes by rule and needs no such nudge.
     */
    @Transactional
    public String explain(String sql, Map<String, Object> parameters) {
        if (isPostgres()) {
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        }
        Query explain = em.createNativeQuery("explain " + sql);
        parameters.forEach(explain::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> rows = explain.getResultList();
        return rows.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }

    private boolean isPostgres() {
        return em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres");
    }
}
