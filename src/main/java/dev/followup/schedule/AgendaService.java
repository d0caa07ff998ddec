package dev.followup.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.interview.Channel;
import dev.followup.paging.Cursor;

/**
 * What the candidate should do now and soon, across all their interviews, from one indexed query,
 * run without a transaction (nothing to flush).
 */
@ApplicationScoped
public class AgendaService {

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final EntityManager em;

    AgendaService(Clock clock, CurrentCaller currentCaller, EntityManager em) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.em = em;
    }

    /** The query the agenda runs for these filters, at this moment. */
    AgendaQuery query(int days, Set<FollowUpStatus> statuses, Set<FollowUpType> types, Set<Channel> channels,
            Cursor after, int pageSize) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new AgendaQuery(caller.tenantId(), caller.ownerId(), now, now.plus(Duration.ofDays(days)), statuses,
                types, channels, after, pageSize);
    }

    public AgendaPage page(AgendaQuery query) {
        Query sql = em.createNativeQuery(query.sql(), FollowUp.class).setMaxResults(query.pageSize() + 1);
        query.parameters().forEach(sql::setParameter);
        @SuppressWarnings("unchecked")
        List<FollowUp> rows = new ArrayList<>(sql.getResultList());
        String next = null;
        if (rows.size() > query.pageSize()) {
            rows = rows.subList(0, query.pageSize());
            next = query.cursorAfter(rows.get(rows.size() - 1)).encode();
        }
        return new AgendaPage(rows.stream().map(f -> FollowUpResponse.from(f, query.now())).toList(), next);
    }
}
