package dev.followup.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.followup.interview.Cadence;
import dev.followup.interview.Channel;
import dev.followup.interview.CompanyCulture;
import dev.followup.interview.FirstCheck;
import dev.followup.schedule.PlanFacts.Outcome;
import dev.followup.schedule.PlanFacts.Recipient;

/** Builds planner input for tests: a tech-company video interview in Berlin unless a test says otherwise. */
final class Facts {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final UUID MARIA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID SAM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID LEE = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    ZoneId zone = BERLIN;
    String country = "DE";
    LocalTime workStart = LocalTime.of(9, 0);
    LocalTime workEnd = LocalTime.of(17, 0);
    Instant end = at("2026-03-04T15:00");
    CompanyCulture culture = CompanyCulture.TECH;
    List<Recipient> interviewers = new ArrayList<>(List.of(new Recipient(MARIA, "Maria Lopez", null, false)));
    LocalDate decisionDate;
    Channel lastEmployerChannel;
    boolean noFollowUp;
    boolean linkedIn;
    boolean phoneInvited;
    Cadence cadence = Cadence.STANDARD;
    FirstCheck firstCheck = FirstCheck.ONE_WEEK;
    boolean inactive;
    boolean superseded;
    Outcome outcome;
    Instant registeredAt;

    /** A local date-time in the candidate's zone, as an instant. */
    Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    Facts endingAt(String localDateTime) {
        end = at(localDateTime);
        return this;
    }

    Facts interviewer(UUID id, String name, LocalDate awayUntil, boolean onLinkedIn) {
        interviewers.add(new Recipient(id, name, awayUntil, onLinkedIn));
        return this;
    }

    BusinessCalendar calendar() {
        return new BusinessCalendar(zone, date -> PublicHolidays.keyOn(country, date), workStart, workEnd);
    }

    List<PlannedFollowUp> plan() {
        return FollowUpPlanner.plan(new PlanFacts(end, culture, List.copyOf(interviewers), decisionDate,
                lastEmployerChannel, noFollowUp, linkedIn, phoneInvited, cadence, firstCheck, inactive, superseded,
                outcome, registeredAt), calendar());
    }

    List<PlannedFollowUp> planOf(FollowUpType type) {
        return plan().stream().filter(item -> item.type() == type).toList();
    }

    PlannedFollowUp only(FollowUpType type) {
        List<PlannedFollowUp> items = planOf(type);
        if (items.size() != 1) {
            throw new AssertionError("expected one " + type + " but the plan has " + plan());
        }
        return items.get(0);
    }
}
