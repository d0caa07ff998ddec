package dev.followup.integration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.followup.system.TenantScopedId;

/** One webhook an ATS sent to a connection, kept once per vendor event id until it is applied and after. */
@Entity
@Table(name = "inbound_event")
@IdClass(TenantScopedId.class)
public class InboundEvent extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "connection_id", nullable = false, updatable = false)
    public String connectionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "vendor", nullable = false, updatable = false)
    public Vendor vendor;

    @Column(name = "dedupe_key", nullable = false, updatable = false)
    public String dedupeKey;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String type;

    @Column(name = "body")
    public String body;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public InboundState state;

    @Column(name = "outcome")
    public String outcome;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "settled_at")
    public Instant settledAt;

    @Column(name = "due_at")
    public Instant dueAt;

    /** Settles the event for good: it will not be tried again, and its body (which may name people) goes. */
    void settle(InboundState finalState, String finalOutcome, Instant now) {
        state = finalState;
        outcome = finalOutcome;
        settledAt = now;
        dueAt = null;
        body = null;
    }
}
