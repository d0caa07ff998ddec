package dev.followup.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * R14: business days are Monday to Friday minus the public holidays of the candidate's country, and
 * every time is computed in the candidate's time zone, inside working hours. Daylight-saving
 * changes are handled by {@link ZonedDateTime}: 09:00 local is 09:00 local on either side of them.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Function<LocalDate, Optional<String>> publicHoliday;
    private final LocalTime workStart;
    private final LocalTime workEnd;

    /**
     * @param publicHoliday the name of the public holiday on a date, if it is one
     */
    public BusinessCalendar(ZoneId zone, Function<LocalDate, Optional<String>> publicHoliday, LocalTime workStart,
            LocalTime workEnd) {
        if (!workStart.isBefore(workEnd)) {
            throw new IllegalArgumentException("working hours must start before they end");
        }
        this.zone = zone;
        this.publicHoliday = publicHoliday;
        this.workStart = workStart;
        this.workEnd = workEnd;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && publicHoliday.apply(date).isEmpty();
    }

    public Optional<String> holiday(LocalDate date) {
        return publicHoliday.apply(date);
    }

    /** The public holidays strictly between two days, once each, in calendar order. */
    public List<String> holidaysBetween(LocalDate after, LocalDate until) {
        Set<String> holidays = new LinkedHashSet<>();
        for (LocalDate day = after.plusDays(1); day.isBefore(until); day = day.plusDays(1)) {
            holiday(day).ifPresent(holidays::add);
        }
        return List.copyOf(holidays);
    }

    /** The first business day strictly after {@code date}. */
    public LocalDate nextBusinessDay(LocalDate date) {
        return onOrAfter(date.plusDays(1));
    }

    /** {@code date} itself when it is a business day, else the next one. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The business day {@code count} business days after {@code date}. */
    public LocalDate plusBusinessDays(LocalDate date, int count) {
        LocalDate day = date;
        for (int i = 0; i < count; i++) {
            day = nextBusinessDay(day);
        }
        return day;
    }

    /** The local date of an instant, in the candidate's zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** When working hours start on a day. */
    public Instant opening(LocalDate date) {
        return ZonedDateTime.of(date, workStart, zone).toInstant();
    }

    /** When working hours end on a day. */
    public Instant closing(LocalDate date) {
        return ZonedDateTime.of(date, workEnd, zone).toInstant();
    }

    /** {@code instant} itself when it falls in working hours of a business day, else the next opening. */
    public Instant nextWorkingMoment(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (isBusinessDay(day)) {
            if (local.toLocalTime().isBefore(workStart)) {
                return opening(day);
            }
            if (local.toLocalTime().isBefore(workEnd)) {
                return instant;
            }
        }
        return opening(nextBusinessDay(day));
    }

    /** Whether the instant falls in working hours of a business day. */
    public boolean isWorkingMoment(Instant instant) {
        return nextWorkingMoment(instant).equals(instant);
    }
}
