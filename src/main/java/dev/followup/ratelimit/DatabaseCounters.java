package dev.followup.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counters in the service's own database: nothing more to run, and shared by every replica on one
 * PostgreSQL. One statement per request on a connection of its own, committed at once and outside any
 * transaction of the request (PostgreSQL: an upsert returning the count; H2, the single-process default:
 * a merge, then a read).
 */
@ApplicationScoped
class DatabaseCounters implements Counters {

    private static final String UPSERT = "insert into rate_limit_counter (tenant_id, client_key, window_start, hits) "
            + "values (?, ?, ?, 1) on conflict (tenant_id, client_key, window_start) "
            + "do update set hits = rate_limit_counter.hits + 1 returning hits";
    private static final String MERGE = "merge into rate_limit_counter c using (values (?, ?, cast(? as timestamp(6) with time zone))) "
            + "as s (tenant_id, client_key, window_start) on c.tenant_id = s.tenant_id "
            + "and c.client_key = s.client_key and c.window_start = s.window_start "
            + "when matched then update set hits = c.hits + 1 "
            + "when not matched then insert (tenant_id, client_key, window_start, hits) "
            + "values (s.tenant_id, s.client_key, s.window_start, 1)";
    private static final String READ = "select hits from rate_limit_counter where tenant_id = ? and client_key = ? "
            + "and window_start = ?";

    private final DataSource dataSource;
    private final boolean postgres;

    DatabaseCounters(DataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.postgres = dbKind.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    @Override
    public long hit(String tenantId, String client, Instant windowStart) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (postgres) {
                return count(connection, UPSERT, tenantId, client, windowStart);
            }
            try (PreparedStatement merge = bound(connection, MERGE, tenantId, client, windowStart)) {
                merge.executeUpdate();
            }
            return count(connection, READ, tenantId, client, windowStart);
        } catch (SQLException e) {
            throw new IllegalStateException("the rate-limit counter could not be updated", e);
        }
    }

    private static long count(Connection connection, String sql, String tenantId, String client, Instant windowStart)
            throws SQLException {
        try (PreparedStatement statement = bound(connection, sql, tenantId, client, windowStart);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement bound(Connection connection, String sql, String tenantId, String client,
            Instant windowStart) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, tenantId);
        statement.setString(2, client);
        statement.setObject(3, windowStart.atOffset(ZoneOffset.UTC));
        return statement;
    }

    @Override
    public int purge(Instant before) {
        int purged = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            for (String tenant = nextTenant(connection, null); tenant != null; tenant = nextTenant(connection,
                    tenant)) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from rate_limit_counter where tenant_id = ? and window_start < ?")) {
                    delete.setString(1, tenant);
                    delete.setObject(2, before.atOffset(ZoneOffset.UTC));
                    purged += delete.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rate-limit counters could not be purged", e);
        }
        return purged;
    }

    /** The next tenant with counters, one seek of the key each ('' is the tenant of unnamed addresses). */
    private static String nextTenant(Connection connection, String after) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(after == null
                ? "select min(tenant_id) from rate_limit_counter"
                : "select min(tenant_id) from rate_limit_counter where tenant_id > ?")) {
            if (after != null) {
                next.setString(1, after);
            }
            try (ResultSet rows = next.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
