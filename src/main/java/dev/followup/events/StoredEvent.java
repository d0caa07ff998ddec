package dev.followup.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.followup.system.TenantScopedId;

/** One event in the outbox, numbered in its tenant's feed once its change has committed. */
@Entity
@Table(name = "event")
@IdClass(TenantScopedId.class)
public class StoredEvent extends PanacheEntityBase {

    /** The event's id: the envelope's {@code id} and every delivery's {@code webhook-id}. */
    @Id
    public UUID id;

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /**
     * Its place in the tenant's feed, given after its change committed ({@link FeedSequencer}); the feed reads
     * numbered events only.
     */
    @Column(name = "feed_position", updatable = false)
    public long position;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    /** The wire name ({@link EventType#wireName()}). */
    @Column(name = "type", nullable = false, updatable = false)
    public String type;

    /** The interview or follow-up it is about. */
    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "data_json", nullable = false, updatable = false)
    public String dataJson;

    @Column(name = "previous_json", updatable = false)
    public String previousJson;
}
