package dev.followup.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Makes a scheduled job run once per period across every replica, through the database: each replica
 * fires the job, the first to insert the period's row (primary key: job and period) runs it, and the
 * others find the row taken and skip. No JVM lock, no leader; a replica that dies mid-run leaves its
 * period done as far as the others know, which suits jobs whose next period catches up (purges).
 */
@ApplicationScoped
public class ScheduledRuns {

    static final String SERVICE_TENANT = "_service";
    /** Claims are kept this long, to show which replica ran what. */
    static final Duration KEPT = Duration.ofDays(2);

    private final EntityManager em;
    private final Clock clock;
    private final String replica;

    ScheduledRuns(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.replica = replicaName();
    }

    /** Whether this replica won the current period of {@code job}, whose periods are {@code every} long. */
    public boolean claim(String job, Duration every) {
        Instant now = clock.instant();
        long periods = now.getEpochSecond() / Math.max(1, every.toSeconds());
        Instant periodStart = Instant.ofEpochSecond(periods * Math.max(1, every.toSeconds()));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("insert into scheduled_run (tenant_id, job, period_start, claimed_by, claimed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, SERVICE_TENANT).setParameter(2, job).setParameter(3, periodStart)
                        .setParameter(4, replica).setParameter(5, now.truncatedTo(ChronoUnit.MICROS))
                        .executeUpdate();
                em.createNativeQuery(
                        "delete from scheduled_run where tenant_id = ?1 and job = ?2 and period_start < ?3")
                        .setParameter(1, SERVICE_TENANT).setParameter(2, job).setParameter(3, now.minus(KEPT))
                        .executeUpdate();
            });
            return true;
        } catch (PersistenceException e) {
            if (isTaken(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String replicaName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return (host + "/" + ProcessHandle.current().pid());
    }
}
