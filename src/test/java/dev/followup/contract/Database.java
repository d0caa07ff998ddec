package dev.followup.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Direct access to the test database: emptied before each test, and counted to prove what was written. */
@ApplicationScoped
public class Database {

    private final EntityManager em;

    Database(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void clean() {
        for (String table : new String[]{"saved_draft", "calendar_feed", "follow_up", "interviewer", "interview",
                "candidate_profile",
                "idempotency_key"}) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    /** Deletes every row of one table, to set up a state the API cannot reach. */
    @Transactional
    public void empty(String table) {
        em.createNativeQuery("delete from " + table).executeUpdate();
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    public Statistics statistics() {
        return em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    }
}
