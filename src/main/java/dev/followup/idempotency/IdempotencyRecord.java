package dev.followup.idempotency;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first response given to an Idempotency-Key, kept so that retries get it again. */
@Entity
@Table(name = "idempotency_key")
class IdempotencyRecord extends PanacheEntityBase {

    @Embeddable
    record Key(
            @Column(name = "tenant_id") String tenantId,
            @Column(name = "owner_id") String ownerId,
            @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }

    @EmbeddedId
    Key key;

    /** SHA-256 of the method, path and body: the same key with another request is refused. */
    @Column(name = "request_hash", nullable = false)
    String requestHash;

    @Column(name = "response_status", nullable = false)
    int responseStatus;

    @Column(name = "response_location")
    String responseLocation;

    @Column(name = "response_etag")
    String responseEtag;

    @Column(name = "response_body")
    String responseBody;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
