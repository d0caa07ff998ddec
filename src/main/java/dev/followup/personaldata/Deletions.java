package dev.followup.personaldata;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Runs an erasure's statements, each on one table, and counts the rows each removed. */
public final class Deletions {

    private final EntityManager em;
    private final Map<String, Integer> rows = new LinkedHashMap<>();

    public Deletions(EntityManager em) {
        this.em = em;
    }

    /** Runs a native statement with its positional parameters (?1, ?2...) and counts its rows for the table. */
    public Deletions run(String table, String sql, Object... parameters) {
        rows.merge(table, nativeQuery(sql, parameters).executeUpdate(), Integer::sum);
        return this;
    }

    /** Counts for the table the rows a select finds: those the next statement's cascade removes. */
    public Deletions cascading(String table, String countSql, Object... parameters) {
        rows.merge(table, ((Number) nativeQuery(countSql, parameters).getSingleResult()).intValue(), Integer::sum);
        return this;
    }

    private Query nativeQuery(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    public Map<String, Integer> rows() {
        return rows;
    }
}
