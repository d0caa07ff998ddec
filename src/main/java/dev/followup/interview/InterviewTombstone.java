package dev.followup.interview;

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

/**
 * What a deleted interview leaves behind for a while: its identity here and in its source system, and
 * when and by whom it was deleted, so that an integration syncing by {@code modifiedAfter} learns of the
 * deletion. It holds none of the interview's personal data.
 */
@Entity
@Table(name = "interview_tombstone")
@IdClass(TenantScopedId.class)
public class InterviewTombstone extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** The deleted interview's id. */
    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "remote_source", nullable = false, updatable = false)
    public InterviewSource source;

    @Column(name = "remote_id", updatable = false)
    public String remoteId;

    @Column(name = "deleted_at", nullable = false, updatable = false)
    public Instant deletedAt;

    @Column(name = "deleted_by", nullable = false, updatable = false)
    public String deletedBy;

    static InterviewTombstone of(Interview interview, String deletedBy, Instant deletedAt) {
        InterviewTombstone tombstone = new InterviewTombstone();
        tombstone.tenantId = interview.tenantId;
        tombstone.id = interview.id;
        tombstone.ownerId = interview.ownerId;
        tombstone.source = interview.source;
        tombstone.remoteId = interview.remoteId;
        tombstone.deletedAt = deletedAt;
        tombstone.deletedBy = deletedBy;
        return tombstone;
    }
}
