package dev.followup.agenda;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate's calendar subscription: the hash of the secret in its URL. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** One feed per candidate of a tenant. */
    @Embeddable
    public record Key(@Column(name = "tenant_id") String tenantId, @Column(name = "owner_id") String ownerId)
            implements
                Serializable {
    }
}
