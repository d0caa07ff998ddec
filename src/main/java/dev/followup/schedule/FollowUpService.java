package dev.followup.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.interview.Channel;
import dev.followup.interview.Interview;
import dev.followup.interview.InterviewNotFoundException;
import dev.followup.interview.InterviewProcess;
import dev.followup.language.Language;
import dev.followup.system.TenantScopedId;
import dev.followup.validation.InvalidParameterException;
import dev.followup.validation.Parameters;

/**
 * Reads plans and items, and records what the candidate did with an item: done, skipped, or snoozed.
 * Each change is announced ({@link FollowUpEvent}). Reads run without a transaction: the request's
 * session then only reads and is never flushed.
 */
@ApplicationScoped
public class FollowUpService {

    static final Duration MAX_SNOOZE = Duration.ofDays(90);

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final InterviewProcess process;
    private final Event<FollowUpEvent> events;
    private final ReaderLanguage readerLanguage;

    FollowUpService(Clock clock, CurrentCaller currentCaller, InterviewProcess process, Event<FollowUpEvent> events,
            ReaderLanguage readerLanguage) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.process = process;
        this.events = events;
        this.readerLanguage = readerLanguage;
    }

    /**
     * The hottest read: no transaction (the session is then read-only, nothing to flush) and, when the
     * interview has a plan, one query; the interview is looked up only to tell an empty plan from a 404.
     */
    public FollowUpList planOf(UUID interviewId, Optional<Language> requested) {
        Caller caller = currentCaller.get();
        FollowUpList plan = list(caller, interviewId, requested);
        if (plan.items().isEmpty() && !Interview.exists(caller, interviewId)) {
            throw new InterviewNotFoundException(interviewId);
        }
        return plan;
    }

    public FollowUpResponse get(UUID id, Optional<Language> requested) {
        Caller caller = currentCaller.get();
        FollowUp item = find(caller, id);
        return FollowUpResponse.from(item, now(), readerLanguage.of(caller, item.interviewId, requested));
    }

    /** The candidate did it; the channel used becomes the interview's last channel used. */
    @Transactional
    public FollowUpResponse markDone(UUID id, DoneRequest request, Optional<Language> requested) {
        Caller caller = currentCaller.get();
        Instant now = now();
        FollowUp item = find(caller, id);
        if (item.state == FollowUpState.DONE) {
            return FollowUpResponse.from(item, now, readerLanguage.of(caller, item.interviewId, requested));
        }
        if (item.state != FollowUpState.OPEN && item.state != FollowUpState.MISSED) {
            // A missed item may well have been done before the interview was registered.
            throw new FollowUpClosedException("This follow-up was " + item.state.name().toLowerCase()
                    + " and cannot be marked done.");
        }
        Instant at = Parameters.reportedAt(request == null ? null : request.at(), now, "at");
        Channel channel = request == null || request.channel() == null ? item.channel : request.channel();
        FollowUpEvent.Before before = FollowUpEvent.Before.of(item, now);
        item.changeState(FollowUpState.DONE, null, now);
        item.doneAt = at;
        item.doneChannel = channel;
        if (channel != null) {
            process.recordChannelUsed(item.interviewId, channel);
        }
        return changed(item, before, now, readerLanguage.of(caller, item.interviewId, requested));
    }

    @Transactional
    public FollowUpResponse skip(UUID id, SkipRequest request, Optional<Language> requested) {
        Caller caller = currentCaller.get();
        Instant now = now();
        FollowUp item = find(caller, id);
        if (item.state == FollowUpState.SKIPPED) {
            return FollowUpResponse.from(item, now, readerLanguage.of(caller, item.interviewId, requested));
        }
        if (item.state != FollowUpState.OPEN && item.state != FollowUpState.MISSED) {
            throw new FollowUpClosedException("This follow-up was " + item.state.name().toLowerCase()
                    + " and cannot be skipped.");
        }
        String note = request == null || request.note() == null || request.note().isBlank()
                ? "Skipped by the candidate."
                : request.note().strip();
        FollowUpEvent.Before before = FollowUpEvent.Before.of(item, now);
        item.changeState(FollowUpState.SKIPPED, note, now);
        return changed(item, before, now, readerLanguage.of(caller, item.interviewId, requested));
    }

    /**
     * The candidate asks to be reminded at {@code until}: the item becomes due again then
     * ({@code follow_up.due}). Past the window's close it is still accepted, with a note saying so.
     */
    @Transactional
    public FollowUpResponse snooze(UUID id, SnoozeRequest request, Optional<Language> requested) {
        Caller caller = currentCaller.get();
        Instant now = now();
        FollowUp item = find(caller, id);
        if (item.state != FollowUpState.OPEN) {
            throw new FollowUpClosedException("This follow-up was " + item.state.name().toLowerCase()
                    + ", so there is nothing to be reminded of.");
        }
        Instant until = request.until().toInstant().truncatedTo(ChronoUnit.MICROS);
        if (!until.isAfter(now)) {
            throw new InvalidParameterException("until", "must be in the future");
        }
        if (until.isAfter(now.plus(MAX_SNOOZE))) {
            throw new InvalidParameterException("until", "must be within " + MAX_SNOOZE.toDays() + " days");
        }
        if (until.isBefore(item.earliestAt)) {
            throw new InvalidParameterException("until", "must not be before the follow-up's window opens ("
                    + item.earliestAt.atZone(ZoneId.of(item.timeZone)).toOffsetDateTime()
                    + "): it becomes due then anyway");
        }
        FollowUpEvent.Before before = FollowUpEvent.Before.of(item, now);
        item.snoozedUntil = until;
        item.modifiedAt = now;
        item.rearm();
        return changed(item, before, now, readerLanguage.of(caller, item.interviewId, requested));
    }

    /** Announces the change (in English, as every event) and answers in the reader's language. */
    private FollowUpResponse changed(FollowUp item, FollowUpEvent.Before before, Instant now, Language language) {
        FollowUpResponse changed = FollowUpResponse.from(item, now);
        events.fire(new FollowUpEvent(FollowUpEvent.Kind.CHANGED, item.tenantId, item.ownerId, changed, before));
        return language == Language.ENGLISH ? changed : FollowUpResponse.from(item, now, language);
    }

    // --- reading ---

    /**
     * One statement when a language is asked for; else the interview's setting comes with the items (a key
     * seek per item, the same row each time), and only without one is the profile's read.
     */
    private FollowUpList list(Caller caller, UUID interviewId, Optional<Language> requested) {
        Instant now = now();
        List<FollowUp> items;
        Language language;
        if (requested.isPresent()) {
            language = requested.get();
            items = FollowUp.list("tenantId = ?1 and ownerId = ?2 and interviewId = ?3 order by earliestAt, id",
                    caller.tenantId(), caller.ownerId(), interviewId);
        } else {
            List<Object[]> rows = FollowUp.getEntityManager().createQuery("select f, i.candidateLanguage "
                    + "from FollowUp f join Interview i on i.tenantId = f.tenantId and i.id = f.interviewId "
                    + "where f.tenantId = ?1 and f.ownerId = ?2 and f.interviewId = ?3 order by f.earliestAt, f.id",
                    Object[].class).setParameter(1, caller.tenantId()).setParameter(2, caller.ownerId())
                    .setParameter(3, interviewId).getResultList();
            items = rows.stream().map(row -> (FollowUp) row[0]).toList();
            Language own = rows.isEmpty() ? null : (Language) rows.get(0)[1];
            language = own != null ? own : readerLanguage.of(caller, requested);
        }
        return new FollowUpList(items.stream().map(f -> FollowUpResponse.from(f, now, language)).toList(), language);
    }

    /** By its key alone, the owner compared here (see Interview.owned). */
    private static FollowUp find(Caller caller, UUID id) {
        FollowUp item = FollowUp.findById(new TenantScopedId(caller.tenantId(), id));
        if (item == null || !item.ownerId.equals(caller.ownerId())) {
            throw new FollowUpNotFoundException(id);
        }
        return item;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
