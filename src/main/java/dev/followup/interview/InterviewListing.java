package dev.followup.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.paging.Cursor;
import dev.followup.paging.Keyset;

/**
 * Lists interviews a page at a time, and with {@code includeDeleted} the tombstones of deleted ones
 * merged into the same {@code modifiedAt} order. Runs without a transaction: the session only reads.
 */
@ApplicationScoped
public class InterviewListing {

    private final CurrentCaller currentCaller;
    private final EntityManager em;

    InterviewListing(CurrentCaller currentCaller, EntityManager em) {
        this.currentCaller = currentCaller;
        this.em = em;
    }

    /** One position in the list: its key instant and id, and the entry there. */
    private record Entry(Instant at, UUID id, InterviewListItem item) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::at).thenComparing(Entry::id);

    public InterviewPage list(InterviewQuery query) {
        Caller caller = currentCaller.forListing();
        List<Entry> entries = new ArrayList<>(query.pageSize() + 1);
        InterviewOrder order = query.order();
        // Interviewers of the whole page load in one batched statement (hibernate fetch batch size).
        for (Interview interview : interviews(caller, query)) {
            entries.add(new Entry(order == InterviewOrder.startAt ? interview.startAt : interview.modifiedAt,
                    interview.id, InterviewResponse.from(interview)));
        }
        if (query.includeDeleted()) {
            for (InterviewTombstone tombstone : tombstones(caller, query)) {
                entries.add(new Entry(tombstone.deletedAt, tombstone.id, InterviewTombstoneResponse.from(tombstone)));
            }
            entries.sort(ORDER);
        }
        int size = query.pageSize();
        if (entries.size() <= size) {
            return new InterviewPage(entries.stream().map(Entry::item).toList(), null);
        }
        List<Entry> page = entries.subList(0, size);
        Entry last = page.get(size - 1);
        return new InterviewPage(page.stream().map(Entry::item).toList(),
                new Cursor(order.cursorTag, last.at(), last.id()).encode());
    }

    private List<Interview> interviews(Caller caller, InterviewQuery query) {
        StringBuilder jpql = new StringBuilder("from Interview i where i.tenantId = :tenant");
        Map<String, Object> params = scoped(caller, jpql, "i");
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
        remoteIdentity(query, jpql, params, "i");
        if (query.modifiedAfter() != null) {
            jpql.append(" and i.modifiedAt > :modifiedAfter");
            params.put("modifiedAfter", query.modifiedAfter());
        }
        String key = "i." + query.order().property;
        return page(jpql, params, key, "i.id", query, Interview.class);
    }

    private List<InterviewTombstone> tombstones(Caller caller, InterviewQuery query) {
        StringBuilder jpql = new StringBuilder("from InterviewTombstone t where t.tenantId = :tenant");
        Map<String, Object> params = scoped(caller, jpql, "t");
        remoteIdentity(query, jpql, params, "t");
        if (query.modifiedAfter() != null) {
            jpql.append(" and t.deletedAt > :modifiedAfter");
            params.put("modifiedAfter", query.modifiedAfter());
        }
        return page(jpql, params, "t.deletedAt", "t.id", query, InterviewTombstone.class);
    }

    /** The rows after the cursor in (key, id) order, one more than the page holds. */
    private <T> List<T> page(StringBuilder jpql, Map<String, Object> params, String key, String id,
            InterviewQuery query, Class<T> type) {
        jpql.append(Keyset.continuing(key, id, query.after())).append(Keyset.orderBy(key, id));
        Keyset.bind(params, query.after());
        var typed = em.createQuery(jpql.toString(), type);
        params.forEach(typed::setParameter);
        return typed.setMaxResults(query.pageSize() + 1).getResultList();
    }

    private static Map<String, Object> scoped(Caller caller, StringBuilder jpql, String alias) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenantId());
        if (caller.actsForOneCandidate()) {
            jpql.append(" and ").append(alias).append(".ownerId = :owner");
            params.put("owner", caller.ownerId());
        }
        return params;
    }

    private static void remoteIdentity(InterviewQuery query, StringBuilder jpql, Map<String, Object> params,
            String alias) {
        if (query.source() != null) {
            jpql.append(" and ").append(alias).append(".source = :source");
            params.put("source", query.source());
        }
        if (query.remoteId() != null) {
            jpql.append(" and ").append(alias).append(".remoteId = :remoteId");
            params.put("remoteId", query.remoteId());
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
