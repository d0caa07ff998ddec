package dev.followup.personaldata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Deletes one table's rows whose time column is older than a cutoff, every tenant in turn: each tenant found
 * with one seek past the previous one, its rows in batches of one transaction each. A batch seeks the table's
 * (tenant_id, time, key) index from where the previous batch stopped, so a row a further condition keeps
 * (an interview that ends later, a profile whose candidate still has interviews) is read once per run, and
 * the delete checks every condition again, so a row changed since it was selected stays.
 */
public final class RetentionPurge {

    /**
     * The condition of a candidate's row (profile, calendar feed) that goes only once the candidate has no interview
     * left: looked for by the (tenant_id, owner_id, ...) index of the candidate's interview lists.
     */
    public static final String NO_INTERVIEW_LEFT = " and not exists (select 1 from interview i "
            + "where i.tenant_id = t.tenant_id and i.owner_id = t.owner_id)";

    private final EntityManager em;
    private final String table;
    private final Class<?> keyType;
    private final String firstBatch;
    private final String nextBatch;
    private final String delete;
    private String beforeDelete;
    private String afterDelete;

    /**
     * @param table     the table, named {@code t} in the statements
     * @param key       its key within a tenant (one column)
     * @param keyType   the key's Java type (UUID, String)
     * @param time      the column compared with the cutoff ({@code ?2})
     * @param condition more that must hold of the row {@code t} for it to go ({@code " and ..."}, or empty); may
     *                  name the cutoff as {@code ?2}
     */
    public RetentionPurge(EntityManager em, String table, String key, Class<?> keyType, String time,
            String condition) {
        this.em = em;
        this.table = table;
        this.keyType = keyType;
        String select = "select t." + time + " as purge_time, t." + key + " as purge_key from " + table
                + " t where t.tenant_id = ?1 and t." + time + " < ?2";
        String order = condition + " order by t." + time + ", t." + key + " limit ?3";
        this.firstBatch = select + order;
        this.nextBatch = select + " and t." + time + " >= ?4 and (t." + time + " > ?4 or t." + key + " > ?5)" + order;
        this.delete = "delete from " + table + " t where t.tenant_id = ?1 and t." + time + " < ?2 and t." + key
                + " in (?3)" + condition;
    }

    /**
     * Statements (their one parameter, {@code ?1}, the tenant) run in each batch's transaction around its
     * delete: to take a row that writers of the table take first, and to correct what counts its rows.
     */
    public RetentionPurge aroundEachDelete(String before, String after) {
        this.beforeDelete = before;
        this.afterDelete = after;
        return this;
    }

    /** Deletes every tenant's rows past the cutoff, at most {@code batch} per transaction; how many. */
    public int run(Instant cutoff, int batch) {
        int purged = 0;
        RuntimeException failed = null;
        for (String tenant = nextTenant(""); tenant != null; tenant = nextTenant(tenant)) {
            String current = tenant;
            Object[] after = null;
            try {
                do {
                    Object[] from = after;
                    Batch done = QuarkusTransaction.requiringNew().call(() -> batch(current, cutoff, from, batch));
                    purged += done.deleted();
                    after = done.last();
                } while (after != null);
            } catch (RuntimeException e) {
                // One tenant's failure (a lock timeout, say) must not keep every later tenant's rows past their
                // retention: the others are purged, and the failure is reported once the run is over.
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return purged;
    }

    /** The statement that selects a tenant's first batch (parameters: tenant, cutoff, batch size). */
    public String firstBatchSql() {
        return firstBatch;
    }

    /** The statement that selects the next batch (and the time and key of the previous batch's last row). */
    public String nextBatchSql() {
        return nextBatch;
    }

    /** The statement that deletes a batch (parameters: tenant, cutoff, the batch's keys). */
    public String deleteSql() {
        return delete;
    }

    private record Batch(int deleted, Object[] last) {
    }

    private Batch batch(String tenant, Instant cutoff, Object[] after, int size) {
        // Typed, so that a key is bound back as it was read (H2 returns an untyped uuid as bytes).
        Query select = em.createNativeQuery(after == null ? firstBatch : nextBatch).unwrap(NativeQuery.class)
                .addScalar("purge_time", Instant.class).addScalar("purge_key", keyType)
                .setParameter(1, tenant).setParameter(2, cutoff).setParameter(3, size);
        if (after != null) {
            select.setParameter(4, after[0]).setParameter(5, after[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        if (rows.isEmpty()) {
            return new Batch(0, null);
        }
        List<Object> keys = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            keys.add(row[1]);
        }
        if (beforeDelete != null) {
            em.createNativeQuery(beforeDelete).setParameter(1, tenant).executeUpdate();
        }
        int deleted = em.createNativeQuery(delete).setParameter(1, tenant).setParameter(2, cutoff)
                .setParameter(3, keys).executeUpdate();
        if (afterDelete != null && deleted > 0) {
            em.createNativeQuery(afterDelete).setParameter(1, tenant).executeUpdate();
        }
        Object[] last = rows.get(rows.size() - 1);
        return new Batch(deleted, rows.size() < size ? null : last);
    }

    private String nextTenant(String after) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select min(tenant_id) from " + table + " where tenant_id > ?1").setParameter(1, after)
                .getSingleResult());
    }
}
