package dev.followup.contract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * The plan of a statement exactly as the service sent it (JDBC {@code ?} parameters), whatever its
     * parameters' values: PostgreSQL's generic plan (the one a prepared statement settles on), H2's plan
     * with every parameter null (H2 picks its plan without looking at the values). Sequential scans keep their real price here.
     */
    @Transactional
    public String explainAsSent(String jdbcSql) {
        boolean postgres = isPostgres();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<String> lines = new ArrayList<>();
            if (postgres) {
                int parameters = 0;
                StringBuilder numbered = new StringBuilder();
                for (char c : jdbcSql.toCharArray()) {
                    if (c == '?') {
                        numbered.append('$').append(++parameters);
                    } else {
                        numbered.append(c);
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local plan_cache_mode = force_generic_plan");
                    statement.execute("prepare explained as " + numbered);
                    String nulls = String.join(", ", Collections.nCopies(parameters, "null"));
                    try (ResultSet plan = statement.executeQuery(
                            "explain execute explained" + (parameters == 0 ? "" : "(" + nulls + ")"))) {
                        while (plan.next()) {
                            lines.add(plan.getString(1));
                        }
                    } finally {
                        statement.execute("deallocate explained"); // the pooled connection outlives this test
                    }
                }
            } else {
                try (PreparedStatement explain = connection.prepareStatement("explain " + jdbcSql)) {
                    int parameters = explain.getParameterMetaData().getParameterCount();
                    for (int i = 1; i <= parameters; i++) {
                        explain.setObject(i, null);
                    }
                    try (ResultSet plan = explain.executeQuery()) {
                        while (plan.next()) {
                            lines.add(plan.getString(1));
                        }
                    }
                }
            }
            return String.join("\n", lines);
        });
    }

    /** Fresh statistics for the given tables, as the database's own maintenance would take them. */
    @Transactional
    public void analyze(String... tables) {
        for (String table : tables) {
            em.createNativeQuery((isPostgres() ? "analyze " : "analyze table ") + table).executeUpdate();
        }
    }

    public boolean onPostgres() {
        return isPostgres();
    }

    private boolean isPostgres() {
        return em.unwrap(Session.class).doReturningWork(c -> c.getMetaData().getDatabaseProductName())
                .toLowerCase().contains("postgres");
    }
}
