package dev.followup.webhooks;

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

/** One event on its way to one subscription: its state, and when it is tried next. */
@Entity
@Table(name = "webhook_delivery")
@IdClass(TenantScopedId.class)
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    public UUID subscriptionId;

    /** The event: the {@code webhook-id} of every attempt. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public DeliveryState state;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    /** When it is tried next; none once delivered or failed. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** A replica sending it holds it until then. */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
