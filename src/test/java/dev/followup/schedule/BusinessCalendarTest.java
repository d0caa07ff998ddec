package dev.followup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.followup.language.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R14: business days, working hours and time zones. */
class BusinessCalendarTest {

    private final BusinessCalendar berlin = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
            date -> PublicHolidays.keyOn("DE", date), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            "2026-03-04, 1, 2026-03-05",
            "2026-03-06, 1, 2026-03-09", // Friday to Monday
            "2026-04-02, 1, 2026-04-07", // Good Friday and Easter Monday skipped
            "2026-12-23, 2, 2026-12-28", // Christmas Eve is a working day; the 25th and 26th are not
            "2026-03-04, 0, 2026-03-04",
    })
    void addsBusinessDays(LocalDate from, int days, LocalDate expected) {
        assertThat(berlin.plusBusinessDays(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-03-04T08:30:00+01:00, 2026-03-04T09:00:00+01:00", // before opening
            "2026-03-04T12:00:00+01:00, 2026-03-04T12:00:00+01:00", // in hours
            "2026-03-04T17:00:00+01:00, 2026-03-05T09:00:00+01:00", // at closing
            "2026-03-07T10:00:00+01:00, 2026-03-09T09:00:00+01:00", // Saturday
            "2026-03-28T20:00:00+01:00, 2026-03-30T09:00:00+02:00", // across the change to summer time
    })
    void findsTheNextWorkingMoment(String at, String expected) {
        assertThat(berlin.nextWorkingMoment(Instant.from(java.time.OffsetDateTime.parse(at))))
                .isEqualTo(Instant.from(java.time.OffsetDateTime.parse(expected)));
    }

    @Test
    void namesTheHoliday() {
        assertThat(berlin.holiday(LocalDate.of(2026, 10, 3))).contains("UNIFICATION_GERMANY");
        assertThat(PublicHolidays.nameOf("UNIFICATION_GERMANY", Language.ENGLISH)).isEqualTo("German Unity Day");
        assertThat(PublicHolidays.nameOf("UNIFICATION_GERMANY", Language.GERMAN))
                .isEqualTo("Tag der Deutschen Einheit");
        assertThat(berlin.isBusinessDay(LocalDate.of(2026, 10, 2))).isTrue();
    }

    @Test
    void aCountryWithoutHolidayDataHasWeekendsOnly() {
        assertThat(PublicHolidays.covers("AQ")).isFalse();
        assertThat(PublicHolidays.keyOn("AQ", LocalDate.of(2026, 12, 25))).isEmpty();
        assertThat(PublicHolidays.covers("de")).isTrue();
    }

    @Test
    void refusesWorkingHoursThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), date -> Optional.empty(), LocalTime.of(17, 0),
                LocalTime.of(9, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWorkingMomentIsInWorkingHoursOfABusinessDay() {
        assertThat(berlin.isWorkingMoment(at("2026-03-04T10:00"))).isTrue();
        assertThat(berlin.isWorkingMoment(at("2026-03-04T20:00"))).isFalse();
        assertThat(berlin.isWorkingMoment(at("2026-03-07T10:00"))).isFalse(); // Saturday
        assertThat(berlin.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    private static java.time.Instant at(String berlinTime) {
        return java.time.LocalDateTime.parse(berlinTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }
}
