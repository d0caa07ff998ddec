package dev.followup.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import io.quarkus.scheduler.Scheduled;

/** Runs every feature's {@link RetentionJob} on one timer; each claims its own period, so one replica runs it. */
@ApplicationScoped
class RetentionSchedule {

    private final Instance<RetentionJob> jobs;

    RetentionSchedule(@Any Instance<RetentionJob> jobs) {
        this.jobs = jobs;
    }

    @Scheduled(every = "{followup.retention.purge-every}", delayed = "{followup.retention.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        jobs.forEach(RetentionJob::runIfDue); // a job's failure is logged by the job and waits for the next period
    }
}
