package dev.followup.contract;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.followup.system.TestClock;

/** The base of the HTTP tests: each test starts on an empty database, with the clock at its start. */
public abstract class EmptyDatabaseTest {

    @Inject
    protected Database database;

    @Inject
    protected TestClock clock;

    @BeforeEach
    void emptyDatabaseAndResetClock() {
        database.clean();
        clock.reset();
    }
}
