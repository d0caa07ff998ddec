package dev.followup.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.followup.identity.Caller;
import dev.followup.personaldata.ErasedInterviewer;
import dev.followup.system.TenantScopedId;

/**
 * Removes one interviewer, by email, from every interview of a tenant: each interview changes as if its
 * candidate had sent it without them, so its plan is recomputed (R1's thank-you to them is cancelled, a
 * status check addressed to them goes to the next interviewer) and an {@code interview.updated} event says so.
 */
@ApplicationScoped
public class InterviewerErasure {

    /** Interviews changed between two clears of the session: an interviewer on thousands stays in bounds. */
    private static final int BATCH = 100;

    private final Clock clock;
    private final EntityManager em;
    private final Event<InterviewsChanged> changes;
    private final Event<InterviewEvent> events;

    InterviewerErasure(Clock clock, EntityManager em, Event<InterviewsChanged> changes, Event<InterviewEvent> events) {
        this.clock = clock;
        this.em = em;
        this.changes = changes;
        this.events = events;
    }

    /** Removes the interviewer with {@code email} (in any case) from the tenant's interviews; what they were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ErasedInterviewer remove(String tenantId, String actorId, String email) {
        String key = Interviewer.emailKey(email);
        // In id order, as other writers of several interviews take them, so that two of them wait rather than deadlock.
        List<UUID> interviewIds = em.createQuery("select distinct i.interviewId from Interviewer i "
                + "where i.tenantId = :tenant and i.emailKey = :key order by i.interviewId", UUID.class)
                .setParameter("tenant", tenantId).setParameter("key", key).getResultList();
        Set<String> names = new HashSet<>();
        Set<UUID> interviewers = new HashSet<>();
        Set<String> owners = new HashSet<>();
        Set<String> remoteIds = new HashSet<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int changed = 0;
        for (UUID interviewId : interviewIds) {
            Interview interview = em.find(Interview.class, new TenantScopedId(tenantId, interviewId));
            if (interview == null) {
                continue; // deleted since: its interviewers went with it
            }
            List<Interviewer> removed = interview.interviewers.stream().filter(i -> key.equals(i.emailKey))
                    .toList();
            removed.forEach(interviewer -> {
                names.add(interviewer.name);
                interviewers.add(interviewer.id);
            });
            interview.interviewers.removeAll(removed);
            owners.add(interview.ownerId);
            if (interview.remoteId != null) {
                remoteIds.add(interview.source.name() + ":" + interview.remoteId);
            }
            Caller caller = new Caller(tenantId, interview.ownerId, actorId);
            interview.touch(caller, now);
            interview.persistAndFlush();
            events.fire(new InterviewEvent(InterviewEvent.Kind.UPDATED, tenantId, interview.ownerId,
                    InterviewResponse.from(interview)));
            changes.fire(new InterviewsChanged(tenantId, interview.ownerId, Set.of(interview.processId)));
            if (++changed % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        return new ErasedInterviewer(tenantId, key, names, interviewers, Set.copyOf(interviewIds), owners,
                remoteIds);
    }
}
