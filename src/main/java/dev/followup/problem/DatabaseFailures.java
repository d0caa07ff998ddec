package dev.followup.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Which database failures a client can cure by retrying, wherever the driver's exception sits: as a
 * cause, suppressed by a failed commit, or chained to a batch.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** The database is away: connection refused or lost, shutting down or starting up, out of connections (503). */
    static boolean isUnavailable(Throwable e) {
        return anywhere(e, t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof JDBCConnectionException
                || (t instanceof SQLException sql && isUnavailableState(sql.getSQLState())), 0);
    }

    /**
     * Another transaction changed the same versioned rows first (optimistic locking); the change may be
     * retried after reading again.
     */
    static boolean isStaleWrite(Throwable e) {
        return anywhere(e, t -> t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleStateException, 0);
    }

    /**
     * Two transactions waited on each other's rows (a deadlock) or one waited too long: the database
     * rolled one back, and it may simply retry (409), like any other lost race.
     */
    static boolean isLockContention(Throwable e) {
        return anywhere(e, t -> t instanceof LockAcquisitionException
                || t instanceof org.hibernate.PessimisticLockException
                || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || (t instanceof SQLException sql && isContentionState(sql.getSQLState())), 0);
    }

    /**
     * The database refused a value (SQLSTATE class 22: too long, out of range, invalid text): the
     * request's fault, answered 400, whatever validation missed.
     */
    static boolean isDataException(Throwable e) {
        return anywhere(e, t -> t instanceof org.hibernate.exception.DataException
                || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")),
                0);
    }

    /** The innermost cause: the driver's own exception, for a log line that names what failed. */
    static Throwable rootOf(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        return root;
    }

    /** SQLSTATE 08 (connection exception), 57P01-03 (shut down, crashed, starting up), 53300 (too many connections). */
    private static boolean isUnavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }

    /**
     * SQLSTATE 40001 (serialization failure; H2's deadlock), 40P01 (PostgreSQL's deadlock), 55P03 (lock
     * not available), HYT00 (H2's lock timeout), 90131 (H2's concurrent update of one row).
     */
    private static boolean isContentionState(String state) {
        return state != null && (state.equals("40001") || state.equals("40P01") || state.equals("55P03")
                || state.equals("HYT00") || state.equals("90131"));
    }

    private static boolean anywhere(Throwable t, Predicate<Throwable> test, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (test.test(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (anywhere(suppressed, test, depth + 1)) {
                return true;
            }
        }
        if (t instanceof SQLException sql && anywhere(sql.getNextException(), test, depth + 1)) {
            return true;
        }
        return anywhere(t.getCause(), test, depth + 1);
    }
}
