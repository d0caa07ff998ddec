package dev.followup.problem;

import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures a client may retry: found by the reliability suite's faults and races. */
class DatabaseFailuresTest {

    private static GenericJDBCException wrapped(SQLException cause) {
        return new GenericJDBCException("could not execute statement", cause);
    }

    /** 503 "retry in a few seconds". */
    @Nested
    class Unavailable {

        @Test
        void aDatabaseShuttingDownStartingUpOrOutOfConnectionsIsUnavailable() {
            assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("shutting down", "57P03")))).isTrue();
            assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("terminating", "57P01")))).isTrue();
            assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("too many", "53300")))).isTrue();
            assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("closed", "08003")))).isTrue();
        }

        @Test
        void theCauseIsFoundWhenAFailedCommitSuppressesItOrABatchChainsIt() {
            RuntimeException commit = new RuntimeException("Could not commit transaction");
            commit.addSuppressed(new SQLException("connection lost", "08006"));
            assertThat(DatabaseFailures.isUnavailable(commit)).isTrue();

            BatchUpdateException batch = new BatchUpdateException("Batch entry 0 failed", "XX000", new int[0]);
            batch.setNextException(new SQLException("terminating connection", "57P01"));
            assertThat(DatabaseFailures.isUnavailable(wrapped(batch))).isTrue();
        }

        @Test
        void badDataABrokenConstraintOrADeadlockIsNot() {
            assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("invalid byte", "22021")))).isFalse();
            assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("duplicate", "23505")))).isFalse();
            assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("deadlock", "40P01")))).isFalse();
            assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
        }
    }

    /** 409 or 412 "read again and retry": a versioned row changed between reading it and committing. */
    @Nested
    class StaleWrite {

        @Test
        void aVersionCheckThatFailsAtCommitIsFoundBehindTheTransactionInterceptor() {
            // The chain ConcurrentPlanningTest met: interceptor > RollbackException > OptimisticLockException.
            var rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
            rollback.initCause(new jakarta.persistence.OptimisticLockException("unexpected row count",
                    new org.hibernate.StaleObjectStateException("FollowUp", "id")));
            assertThat(DatabaseFailures.isStaleWrite(new RuntimeException("Error invoking subclass method", rollback)))
                    .isTrue();
        }

        @Test
        void otherFailuresAreNot() {
            assertThat(DatabaseFailures.isStaleWrite(wrapped(new SQLException("deadlock", "40P01")))).isFalse();
            assertThat(DatabaseFailures.isStaleWrite(new IllegalStateException("bug"))).isFalse();
        }
    }

    /** 409 "read again and retry": two writes to one hiring process waited on each other. */
    @Nested
    class LockContention {

        @Test
        void deadlocksAndLockTimeoutsOfBothDatabasesAreContention() {
            assertThat(DatabaseFailures.isLockContention(wrapped(new SQLException("deadlock", "40P01")))).isTrue();
            assertThat(DatabaseFailures.isLockContention(wrapped(new SQLException("H2 deadlock", "40001")))).isTrue();
            assertThat(DatabaseFailures.isLockContention(wrapped(new SQLException("H2 timeout", "HYT00")))).isTrue();
            assertThat(DatabaseFailures.isLockContention(wrapped(new SQLException("no lock", "55P03")))).isTrue();
            assertThat(DatabaseFailures.isLockContention(wrapped(new SQLException("H2 update", "90131")))).isTrue();
        }

        @Test
        void hibernatesTranslationIsFoundBehindAFailedCommit() {
            RuntimeException commit = new RuntimeException("Could not commit transaction");
            commit.addSuppressed(new LockAcquisitionException("deadlock", new SQLException("deadlock")));
            assertThat(DatabaseFailures.isLockContention(commit)).isTrue();
        }

        @Test
        void otherFailuresAreNot() {
            assertThat(DatabaseFailures.isLockContention(wrapped(new SQLException("duplicate", "23505")))).isFalse();
            assertThat(DatabaseFailures.isLockContention(wrapped(new SQLException("closed", "08003")))).isFalse();
            assertThat(DatabaseFailures.isLockContention(new IllegalStateException("bug"))).isFalse();
        }
    }

    /** 400: the database refused a value that validation let through (SQLSTATE class 22). */
    @Nested
    class DataExceptions {

        @Test
        void aValueTheDatabaseRefusesIsTheRequestsFault() {
            assertThat(DatabaseFailures.isDataException(wrapped(new SQLException("too long", "22001")))).isTrue();
            assertThat(DatabaseFailures.isDataException(wrapped(new SQLException("out of range", "22008")))).isTrue();
            assertThat(DatabaseFailures.isDataException(wrapped(new SQLException("invalid byte", "22021")))).isTrue();
            assertThat(DatabaseFailures.isDataException(wrapped(new SQLException("duplicate", "23505")))).isFalse();
            assertThat(DatabaseFailures.isDataException(wrapped(new SQLException("closed", "08003")))).isFalse();
        }

        @Test
        void isAnsweredWithA400ProblemAndLoggedWithoutTheValue() {
            UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
                    new Class<?>[]{UriInfo.class}, (proxy, method, args) -> "getPath".equals(method.getName())
                            ? "/interviews"
                            : null);
            List<String> logged = new ArrayList<>();
            Handler capture = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            Logger logger = Logger.getLogger(FailureTriage.class.getName());
            logger.addHandler(capture);
            Response response;
            try {
                response = new FailureTriage().unexpected(
                        wrapped(new SQLException("value too long for 'Maria Lopez'", "22001")), uri, null);
            } finally {
                logger.removeHandler(capture);
            }
            assertThat(logged).singleElement().asString().contains("SQLSTATE 22001").doesNotContain("Maria");
            assertThat(response.getStatus()).isEqualTo(400);
            Problem problem = (Problem) response.getEntity();
            assertThat(problem.type()).isEqualTo("urn:interview-followup:problem:validation");
            assertThat(problem.detail()).doesNotContain("Maria");
            assertThat(problem.violations()).extracting(Problem.Violation::field).containsExactly("request");
        }
    }
}
