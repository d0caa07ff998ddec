package dev.followup.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Direct access to the test database: emptied before each test, and counted to prove what was written. */
@ApplicationScoped
public class Database {

    /** Every table, children before parents. */
    private static final String[] TABLES = {"saved_draft", "calendar_feed", "follow_up", "interviewer", "interview",
            "interview_tombstone", "candidate_profile", "idempotency_key", "scheduled_run", "webhook_attempt",
            "webhook_delivery",
            "webhook_subscription", "event", "event_feed", "inbound_event", "integration_connection",
            "rate_limit_counter"};

    private final EntityManager em;

    Database(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void clean() {
        for (String table : TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }

    /** Deletes every row of one table, to set up a state the API cannot reach. */
    @Transactional
    public void empty(String table) {
        em.createNativeQuery("delete from " + table).executeUpdate();
    }

    /** Runs one statement that sets up a state the API cannot reach (a webhook still being tried, say). */
    @Transactional
    public int execute(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    /** What one select returns, one column as text, sorted: which rows a purge left, say. */
    @Transactional
    public List<String> column(String sql) {
        List<?> result = em.createNativeQuery(sql).getResultList();
        return result.stream().map(String::valueOf).sorted().toList();
    }

    /** Every row of every table, as text: equal before and after a refused request when nothing was written. */
    @Transactional
    public Map<String, List<String>> everyRow() {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : TABLES) {
            if (table.equals("rate_limit_counter")) {
                continue; // every request is counted, whatever becomes of it: a count is not what a request wrote
            }
            List<?> result = em.createNativeQuery("select * from " + table).getResultList();
            rows.put(table, result.stream()
                    .map(row -> row instanceof Object[] columns ? Arrays.deepToString(columns) : String.valueOf(row))
                    .sorted().toList());
        }
        return rows;
    }

    public Statistics statistics() {
        return em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    }
}
