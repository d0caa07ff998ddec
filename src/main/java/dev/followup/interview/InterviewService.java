package dev.followup.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import dev.followup.paging.Cursor;
import dev.followup.paging.Keyset;
import dev.followup.system.Ids;

/**
 * Registers, reads, lists, replaces and deletes interviews, always within the caller's own rows.
 * Reads run without a transaction: the request's session then only reads and is never flushed.
 */
@ApplicationScoped
public class InterviewService {

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
        Caller caller = currentCaller.get();
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
        changes.fire(new InterviewsChanged(caller.tenantId(), caller.ownerId(), Set.of(interview.processId)));
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
        events.fire(new InterviewEvent(InterviewEvent.Kind.DELETED, caller.tenantId(), caller.ownerId(),
                InterviewResponse.from(interview)));
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
        Caller caller = currentCaller.get();
        Interview existing = findByRemoteId(caller, source, remoteId);
        if (existing == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                // RFC 9110: If-Match fails when there is no current representation.
                throw new StaleVersionException();
            }
            return new Upserted(create(request), true);
        }
        if ("*".equals(ifNoneMatch == null ? null : ifNoneMatch.strip())) {
            throw new DuplicateRemoteIdException(source, remoteId);
        }
        VersionTag.check(ifMatch, existing.version, false);
        return new Upserted(update(caller, existing, request), false);
    }

    public InterviewPage list(InterviewQuery query) {
        Caller caller = currentCaller.forListing();
        StringBuilder jpql = new StringBuilder("from Interview i where i.tenantId = :tenant");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenantId());
        if (caller.actsForOneCandidate()) {
            jpql.append(" and i.ownerId = :owner");
            params.put("owner", caller.ownerId());
        }
        if (!query.statuses().isEmpty()) {
            jpql.append(" and i.status in :statuses");
            params.put("statuses", query.statuses());
        }
        if (query.company() != null) {
            jpql.append(" and lower(i.companyName) like :company escape '\\'");
            params.put("company", "%" + likeEscaped(query.company().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.startFrom() != null) {
            jpql.append(" and i.startAt >= :startFrom");
            params.put("startFrom", query.startFrom());
        }
        if (query.startBefore() != null) {
            jpql.append(" and i.startAt < :startBefore");
            params.put("startBefore", query.startBefore());
        }
        if (query.source() != null) {
            jpql.append(" and i.source = :source");
            params.put("source", query.source());
        }
        if (query.remoteId() != null) {
            jpql.append(" and i.remoteId = :remoteId");
            params.put("remoteId", query.remoteId());
        }
        if (query.modifiedAfter() != null) {
            jpql.append(" and i.modifiedAt > :modifiedAfter");
            params.put("modifiedAfter", query.modifiedAfter());
        }
        String key = "i." + query.order().property;
        jpql.append(Keyset.continuing(key, "i.id", query.after())).append(Keyset.orderBy(key, "i.id"));
        Keyset.bind(params, query.after());
        var typed = em.createQuery(jpql.toString(), Interview.class);
        params.forEach(typed::setParameter);
        Keyset.Page<Interview> page = Keyset.read(typed, query.pageSize(), last -> new Cursor(
                query.order().cursorTag, query.order() == InterviewOrder.startAt ? last.startAt : last.modifiedAt,
                last.id));
        // Interviewers of the whole page load in one batched statement (hibernate fetch batch size).
        return new InterviewPage(page.rows().stream().map(InterviewResponse::from).toList(), page.next());
    }

    private InterviewResponse update(Caller caller, Interview interview, InterviewRequest request) {
        UUID formerProcess = interview.processId;
        ensureRemoteIdFree(caller, request.sourceOrDefault(), request.remoteId(), interview.id);
        request.applyTo(interview, now());
        if (request.processId() != null && !request.processId().equals(interview.processId)) {
            interview.processId = processFor(caller, request.processId());
        }
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

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
