package dev.followup.idempotency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IdempotencyPurgeTest {

    @Inject
    Database database;

    @Inject
    TestClock clock;

    @Inject
    IdempotentPosts idempotentPosts;

    @Test
    void deletesOnlyKeysOlderThanTheRetention() {
        api().header("Idempotency-Key", "old").body(interview()).post("/interviews").then().statusCode(201);
        clock.advance(Duration.ofHours(20));
        api().header("Idempotency-Key", "recent").body(interview()).post("/interviews").then().statusCode(201);
        clock.advance(Duration.ofHours(5));

        idempotentPosts.purgeExpired();

        assertThat(database.count("idempotency_key")).isEqualTo(1);
        assertThat(database.count("interview")).isEqualTo(2);
    }

    @Test
    void runsOncePerPeriodHoweverManyReplicasFireIt() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fired = new ArrayList<>();
            for (int replica = 0; replica < 8; replica++) {
                fired.add(replicas.submit(idempotentPosts::purgeExpired));
            }
            for (Future<?> run : fired) {
                run.get();
            }
        } finally {
            replicas.shutdownNow();
        }
        assertThat(database.count("scheduled_run")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(15)); // the next period
        idempotentPosts.purgeExpired();
        idempotentPosts.purgeExpired();
        assertThat(database.count("scheduled_run")).isEqualTo(2);
    }
}
