package dev.followup.events;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.followup.interview.InterviewEvent;
import dev.followup.schedule.FollowUpEvent;
import dev.followup.system.Ids;

/**
 * The outbox: every event is written in the transaction of the change that causes it (the features fire
 * {@link InterviewEvent} and {@link FollowUpEvent} synchronously inside it), so an event exists if and
 * only if its change committed. {@link FeedSequencer} numbers them in their tenant's feed once committed;
 * feeds, streams and webhooks read from here.
 */
@ApplicationScoped
public class Outbox {

    private static final String PENDING = Outbox.class.getName();

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionManager transactions;
    private final TransactionSynchronizationRegistry registry;
    private final DataSource dataSource;

    Outbox(EntityManager em, ObjectMapper json, Clock clock, TransactionManager transactions,
            TransactionSynchronizationRegistry registry, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.registry = registry;
    }

    // Recorded before other observers act on the same change (the plan's own events follow the interview's).
    void onInterview(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) InterviewEvent event) {
        record(event.tenantId(), event.ownerId(), EventType.of(event.kind()), event.interview().id(),
                event.interview(), null);
    }

    void onFollowUp(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) FollowUpEvent event) {
        record(event.tenantId(), event.ownerId(), EventType.of(event.kind()), event.followUp().id(),
                event.followUp(), event.previous());
    }

    /**
     * Keeps an event of the current transaction. {@code owner} is the candidate, or "" for an event of the
     * whole tenant; {@code data} is the resource as the API returns it.
     */
    public void record(String tenant, String owner, EventType type, UUID subject, Object data, Object previous) {
        StoredEvent event = new StoredEvent();
        event.id = Ids.newId();
        event.tenantId = tenant;
        event.ownerId = owner;
        event.type = type.wireName();
        event.subjectId = subject;
        event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        event.dataJson = toJson(data);
        event.previousJson = previous == null ? null : toJson(previous);
        recorded(tenant).add(event);
    }

    /** Rewrites the bodies of the events the current transaction has recorded and not yet written. */
    public void rewritePending(UnaryOperator<String> json) {
        RecordedEvents pending = (RecordedEvents) registry.getResource(PENDING);
        if (pending != null) {
            pending.rewrite(json);
        }
    }

    /** The transaction's events, written just before it commits; registered with its first event. */
    private RecordedEvents recorded(String tenant) {
        RecordedEvents pending = (RecordedEvents) registry.getResource(PENDING);
        if (pending == null) {
            pending = new RecordedEvents(dataSource);
            try {
                transactions.getTransaction().registerSynchronization(pending);
            } catch (RollbackException | SystemException | IllegalStateException e) {
                throw new IllegalStateException("Events are recorded inside the transaction of their change", e);
            }
            registry.putResource(PENDING, pending);
        }
        if (pending.firstOf(tenant)) {
            ensureFeed(tenant);
        }
        return pending;
    }

    /**
     * Counts a tenant's webhook subscriptions (in the caller's transaction): a transaction of a tenant
     * without any spends nothing on them.
     */
    public void countSubscriptions(String tenant, int change) {
        ensureFeed(tenant);
        em.createNativeQuery("update event_feed set subscriptions = subscriptions + ?1 where tenant_id = ?2")
                .setParameter(1, change).setParameter(2, tenant).executeUpdate();
    }

    /** The tenants with webhook subscriptions, for the dispatcher. */
    @SuppressWarnings("unchecked")
    public List<String> tenantsWithSubscriptions() {
        return em.createNativeQuery("select tenant_id from event_feed where subscriptions > 0 order by tenant_id",
                String.class).getResultList();
    }

    /** A tenant's first event creates its feed row, in a transaction of its own (two first events may race). */
    private void ensureFeed(String tenant) {
        // No flush first: a native query would otherwise write (and dirty-check) the whole change early,
        // and the feed row it reads is never an entity of this persistence context.
        Number rows = (Number) em.createNativeQuery("select count(*) from event_feed where tenant_id = ?1")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, tenant).getSingleResult();
        if (rows.longValue() > 0) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into event_feed (tenant_id, last_position, purged_through) values (?1, 0, 0)")
                    .setParameter(1, tenant).executeUpdate());
        } catch (PersistenceException e) {
            // Another transaction created it first: the row is there, which is all that matters.
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's payload could not be written as JSON", e);
        }
    }
}
