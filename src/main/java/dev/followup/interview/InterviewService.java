package dev.followup.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import dev.followup.etag.StaleVersionException;
import dev.followup.etag.VersionTag;
import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.problem.ProblemException;
import dev.followup.system.Ids;

/**
 * Registers, reads, lists, replaces and deletes interviews, always within the caller's own rows.
 * Reads run without a transaction: the request's session then only reads and is never flushed.
 */
@ApplicationScoped
public class InterviewService {

    /** How many candidates' interviews one source id may name at most, as a webhook applies to each. */
    static final int MAX_SHARING_REMOTE_ID = 20;

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final EntityManager em;
    private final Event<InterviewsChanged> changes;
    private final Event<InterviewEvent> events;

    InterviewService(Clock clock, CurrentCaller currentCaller, EntityManager em, Event<InterviewsChanged> changes,
            Event<InterviewEvent> events) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.em = em;
        this.changes = changes;
        this.events = events;
    }

    /** Registers a new interview; joins the caller's transaction (an idempotent POST's) when there is one. */
    @Transactional
    public InterviewResponse create(InterviewRequest request) {
        return create(currentCaller.get(), request);
    }

    private InterviewResponse create(Caller caller, InterviewRequest request) {
        Instant now = now();
        Interview interview = new Interview();
        interview.id = Ids.newId();
        interview.tenantId = caller.tenantId();
        interview.ownerId = caller.ownerId();
        interview.createdAt = now;
        interview.createdBy = caller.actorId();
        interview.modifiedAt = now;
        interview.modifiedBy = caller.actorId();
        ensureRemoteIdFree(caller, request.sourceOrDefault(), request.remoteId(), null);
        request.applyTo(interview, now);
        interview.processId = processFor(caller, request.processId());
        persist(interview, request);
        InterviewResponse created = InterviewResponse.from(interview);
        events.fire(new InterviewEvent(InterviewEvent.Kind.CREATED, caller.tenantId(), caller.ownerId(), created));
        changes.fire(request.processId() == null
                ? InterviewsChanged.processStartedBy(interview)
                : new InterviewsChanged(caller.tenantId(), caller.ownerId(), Set.of(interview.processId)));
        return created;
    }

    public InterviewResponse get(UUID id) {
        return InterviewResponse.from(Interview.owned(currentCaller.get(), id));
    }

    /** Replaces an interview whole; {@code If-Match} is required so that no change is overwritten unseen. */
    @Transactional
    public InterviewResponse replace(UUID id, String ifMatch, InterviewRequest request) {
        Caller caller = currentCaller.get();
        Interview interview = Interview.owned(caller, id);
        VersionTag.check(ifMatch, interview.version, true);
        return update(caller, interview, request);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Caller caller = currentCaller.get();
        Interview interview = Interview.owned(caller, id);
        VersionTag.check(ifMatch, interview.version, false);
        remove(caller, interview);
    }

    /**
     * The tenant's interviews, of any candidate, that a source system knows by {@code remoteId}: an ATS's
     * webhook names its own interview, not the candidate. One seek of (tenant, source, remote id); a remote
     * id is unique per candidate, so a few rows at most.
     */
    public List<Interview> registeredAs(String tenantId, InterviewSource source, String remoteId) {
        return Interview.<Interview>find("tenantId = ?1 and source = ?2 and remoteId = ?3", tenantId, source, remoteId)
                .page(0, MAX_SHARING_REMOTE_ID).list();
    }

    /**
     * Moves an interview to the times its source system now gives (its plan follows); false when it had them
     * already. The status follows the new end unless the candidate closed or cancelled the interview.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reschedule(String actorId, Interview interview, Instant startAt, Instant endAt) {
        if (interview.startAt.equals(startAt) && interview.endAt.equals(endAt)) {
            return false;
        }
        Caller caller = new Caller(interview.tenantId, interview.ownerId, actorId);
        Instant now = now();
        interview.startAt = startAt;
        interview.endAt = endAt;
        if (interview.status == InterviewStatus.SCHEDULED || interview.status == InterviewStatus.COMPLETED) {
            interview.status = endAt.isAfter(now) ? InterviewStatus.SCHEDULED : InterviewStatus.COMPLETED;
        }
        interview.touch(caller, now);
        interview.persistAndFlush();
        InterviewResponse updated = InterviewResponse.from(interview);
        events.fire(new InterviewEvent(InterviewEvent.Kind.UPDATED, caller.tenantId(), caller.ownerId(), updated));
        changes.fire(new InterviewsChanged(caller.tenantId(), caller.ownerId(), Set.of(interview.processId)));
        return true;
    }

    /** Deletes an interview that its source system deleted or cancelled, leaving a tombstone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(String actorId, Interview interview) {
        remove(new Caller(interview.tenantId, interview.ownerId, actorId), interview);
    }

    private void remove(Caller caller, Interview interview) {
        events.fire(new InterviewEvent(InterviewEvent.Kind.DELETED, caller.tenantId(), caller.ownerId(),
                InterviewResponse.from(interview)));
        InterviewTombstone.of(interview, caller.actorId(), now()).persist();
        interview.delete();
        em.flush();
        changes.fire(new InterviewsChanged(caller.tenantId(), caller.ownerId(), Set.of(interview.processId)));
    }

    /** The outcome of an upsert: the interview and whether it was created. */
    public record Upserted(InterviewResponse interview, boolean created) {
    }

    /**
     * Creates or replaces the interview that a source system knows by {@code remoteId}. {@code If-Match}
     * is honoured when present; {@code If-None-Match: *} makes it create-only.
     */
    @Transactional
    public Upserted upsert(InterviewSource source, String remoteId, String ifMatch, String ifNoneMatch,
            InterviewRequest request) {
        return upsert(currentCaller.get(), source, remoteId, ifMatch, ifNoneMatch, request);
    }

    /** {@link #upsert} for a caller named by the request itself (an item of a batch); joins its transaction. */
    // A refused item (a ProblemException) leaves the batch's transaction usable for the next one.
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public Upserted upsert(Caller caller, InterviewSource source, String remoteId, String ifMatch,
            String ifNoneMatch, InterviewRequest request) {
        Interview existing = findByRemoteId(caller, source, remoteId);
        if (existing == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                // RFC 9110: If-Match fails when there is no current representation.
                throw new StaleVersionException();
            }
            return new Upserted(create(caller, request), true);
        }
        if ("*".equals(ifNoneMatch == null ? null : ifNoneMatch.strip())) {
            throw new DuplicateRemoteIdException(source, remoteId);
        }
        VersionTag.check(ifMatch, existing.version, false);
        return new Upserted(update(caller, existing, request), false);
    }

    private InterviewResponse update(Caller caller, Interview interview, InterviewRequest request) {
        UUID formerProcess = interview.processId;
        ensureRemoteIdFree(caller, request.sourceOrDefault(), request.remoteId(), interview.id);
        // Every check before the first change: a refused item of a batch must leave its interview untouched.
        UUID process = request.processId() != null && !request.processId().equals(interview.processId)
                ? processFor(caller, request.processId())
                : interview.processId;
        request.applyTo(interview, now());
        interview.processId = process;
        interview.touch(caller, now());
        persist(interview, request);
        InterviewResponse updated = InterviewResponse.from(interview);
        events.fire(new InterviewEvent(InterviewEvent.Kind.UPDATED, caller.tenantId(), caller.ownerId(), updated));
        changes.fire(
                new InterviewsChanged(caller.tenantId(), caller.ownerId(),
                        Set.copyOf(List.of(formerProcess, interview.processId))));
        return updated;
    }

    /** Writes now, so that a unique-key race surfaces here as a 409 and the returned version is final. */
    private void persist(Interview interview, InterviewRequest request) {
        try {
            interview.persistAndFlush();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().toLowerCase().contains("uq_interview_remote")) {
                throw new DuplicateRemoteIdException(request.sourceOrDefault(), request.remoteId());
            }
            throw e;
        }
    }

    private void ensureRemoteIdFree(Caller caller, InterviewSource source, String remoteId, UUID self) {
        if (remoteId == null) {
            return;
        }
        Interview holder = findByRemoteId(caller, source, remoteId);
        if (holder != null && !holder.id.equals(self)) {
            throw new DuplicateRemoteIdException(source, remoteId);
        }
    }

    /** R12: a new round joins the process of an earlier one; without a process id it starts its own. */
    private UUID processFor(Caller caller, UUID requested) {
        if (requested == null) {
            return UUID.randomUUID();
        }
        long rounds = Interview.count("tenantId = ?1 and ownerId = ?2 and processId = ?3",
                caller.tenantId(), caller.ownerId(), requested);
        if (rounds == 0) {
            throw new UnknownProcessException(requested);
        }
        return requested;
    }

    private Interview findByRemoteId(Caller caller, InterviewSource source, String remoteId) {
        return Interview.<Interview>find("tenantId = ?1 and ownerId = ?2 and source = ?3 and remoteId = ?4",
                caller.tenantId(), caller.ownerId(), source, remoteId).firstResult();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
