package dev.followup.webhooks;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One try of a delivery: what came back and how long it took. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(WebhookAttempt.Key.class)
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    @Column(name = "delivery_id", nullable = false, updatable = false)
    public UUID deliveryId;

    @Id
    @Column(name = "attempt", nullable = false, updatable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public Instant attemptedAt;

    /** None when no answer came (a timeout, a refused connection, a refused destination). */
    @Column(name = "status_code", updatable = false)
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false, updatable = false)
    public int latencyMs;

    @Column(name = "error", updatable = false)
    public String error;

    /** The primary key: tenant, delivery, attempt number. */
    public static class Key implements Serializable {

        public String tenantId;
        public UUID deliveryId;
        public int attempt;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && attempt == that.attempt && Objects.equals(tenantId, that.tenantId)
                    && Objects.equals(deliveryId, that.deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, deliveryId, attempt);
        }
    }
}
