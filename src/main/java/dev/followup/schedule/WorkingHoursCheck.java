package dev.followup.schedule;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;

/** Refuses to start with working hours that end before they begin, rather than fail every plan later. */
@Singleton
class WorkingHoursCheck {

    void check(@Observes StartupEvent started, ScheduleConfig config) {
        if (!config.workStart().isBefore(config.workEnd())) {
            throw new IllegalStateException("followup.schedule.work-start (" + config.workStart()
                    + ") must be before followup.schedule.work-end (" + config.workEnd() + ")");
        }
    }
}
