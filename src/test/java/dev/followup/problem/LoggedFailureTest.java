package dev.followup.problem;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A logged failure keeps what triage needs (classes, SQLSTATEs, stack traces) and none of the request's values. */
class LoggedFailureTest {

    @Test
    void withholdsEveryMessageAndKeepsClassesStatesAndStackTraces() {
        SQLException driver = new SQLException("value too long: 'Maria Lopez <maria@acme.example>'", "22001");
        RuntimeException failure = new IllegalStateException("could not insert 'Maria Lopez'",
                new RuntimeException("wrapped: maria@acme.example", driver));

        LoggedFailure logged = LoggedFailure.of(failure);

        StringBuilder chain = new StringBuilder();
        for (Throwable t = logged; t != null; t = t.getCause()) {
            chain.append(t.getMessage()).append('\n');
        }
        assertThat(chain.toString()).doesNotContain("Maria", "maria@acme.example")
                .contains("java.lang.IllegalStateException", "java.sql.SQLException (SQLSTATE 22001)");
        assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(logged.getCause().getCause().getStackTrace()).isEqualTo(driver.getStackTrace());
        assertThat(LoggedFailure.sqlState(failure)).isEqualTo("22001");
    }
}
