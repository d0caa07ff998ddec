package dev.followup.personaldata;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: the one retention timer reaches every feature's job. */
@QuarkusTest
class RetentionScheduleTest {

    @Inject
    @Any
    Instance<RetentionJob> jobs;

    @Test
    void everyTableWithARetentionHasItsJobOnTheTimer() {
        assertThat(jobs.stream().map(job -> job.getClass().getSimpleName().replaceAll("_.*", "")))
                .containsExactlyInAnyOrder("CalendarFeedRetention", "InterviewRetention", "ProfileRetention",
                        "SavedDraftRetention", "SubscriptionRetention");
    }
}
