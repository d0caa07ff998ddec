package dev.followup.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The sweep's unit of work: announces the items of one tenant whose moment has come
 * ({@code follow_up.due}, {@code follow_up.overdue}). Rows are claimed with {@code FOR UPDATE SKIP LOCKED}
 * and their alarm moves on in the same transaction as the event is recorded, so any number of replicas
 * sweep at once, share the work, and announce each moment exactly once: a claimed row is skipped by the
 * others, and once committed it no longer matches. The alarm is bookkeeping, not versioned: a request
 * that read the item before the sweep still saves its change (see {@link AlarmSetting}).
 */
@ApplicationScoped
public class FollowUpAlarms {

    private final EntityManager em;
    private final Clock clock;
    private final Event<FollowUpEvent> events;

    FollowUpAlarms(EntityManager em, Clock clock, Event<FollowUpEvent> events) {
        this.em = em;
        this.clock = clock;
        this.events = events;
    }

    /** Announces up to {@code limit} of the tenant's items whose alarm has come, in one transaction; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sweep(String tenant, int limit) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery("select id from follow_up where tenant_id = ?1 and alarm_at <= ?2 "
                + "order by alarm_at limit ?3 for update skip locked", UUID.class)
                .setParameter(1, tenant).setParameter(2, now).setParameter(3, limit).getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        List<FollowUp> items = FollowUp.list("tenantId = ?1 and id in ?2 order by alarm.at, id", tenant, claimed);
        for (FollowUp item : items) {
            Alarm.Kind said = item.alarm().announcedAt(now, item.latestAt, item.snoozedUntil);
            FollowUpResponse announced = FollowUpResponse.from(item, now);
            item.announced(said, now);
            events.fire(new FollowUpEvent(said == Alarm.Kind.DUE ? FollowUpEvent.Kind.DUE : FollowUpEvent.Kind.OVERDUE,
                    item.tenantId, item.ownerId, announced, null));
        }
        return claimed.size();
    }
}
