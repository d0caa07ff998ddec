package dev.followup.problem;

import java.sql.SQLException;

/**
 * What an unexpected failure looks like in the log: the chain of exception classes with their stack
 * traces and SQLSTATEs, but none of their messages. Messages of drivers and libraries quote the
 * values they failed on (a name too long for its column, say), and values are personal data.
 */
final class LoggedFailure extends RuntimeException {

    private LoggedFailure(String summary, LoggedFailure cause) {
        super(summary, cause, false, true);
    }

    /** A copy of the chain, each link named by its class (and SQLSTATE), with the original stack traces. */
    static LoggedFailure of(Throwable failure) {
        return copy(failure, 0);
    }

    private static LoggedFailure copy(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        Throwable next = failure.getCause() != null
                ? failure.getCause()
                : failure instanceof SQLException sql ? sql.getNextException() : null;
        LoggedFailure copy = new LoggedFailure(summary(failure), copy(next, depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** The class, and for database failures the SQLSTATE: enough to triage, nothing from the data. */
    static String summary(Throwable failure) {
        String state = failure instanceof SQLException sql && sql.getSQLState() != null
                ? " (SQLSTATE " + sql.getSQLState() + ")"
                : "";
        return failure.getClass().getName() + state + " [message withheld: it may quote request data]";
    }

    /** The SQLSTATE of the first database failure in the chain, or null. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
