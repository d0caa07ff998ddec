package dev.followup.schedule;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An item's next announcement as stored: one embedded value, so that its two columns are always written
 * together. A request that read the item before the sweep moved its alarm on then either leaves the alarm
 * as the sweep set it (it changed nothing about it) or replaces it whole (it moved or closed the item).
 */
@Embeddable
public class AlarmSetting {

    @Enumerated(EnumType.STRING)
    @Column(name = "alarm")
    Alarm.Kind kind;

    @Column(name = "alarm_at")
    Instant at;

    protected AlarmSetting() {
    }

    private AlarmSetting(Alarm alarm) {
        this.kind = alarm.kind();
        this.at = alarm.at();
    }

    static AlarmSetting of(Alarm alarm) {
        return alarm == null ? null : new AlarmSetting(alarm);
    }

    Alarm alarm() {
        return kind == null ? null : new Alarm(kind, at);
    }
}
