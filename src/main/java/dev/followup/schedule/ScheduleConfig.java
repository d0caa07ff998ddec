package dev.followup.schedule;

import java.time.LocalTime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.schedule")
interface ScheduleConfig {

    /** R14: suggestions fall inside working hours, in the candidate's local time. */
    @WithDefault("09:00")
    LocalTime workStart();

    @WithDefault("17:00")
    LocalTime workEnd();
}
