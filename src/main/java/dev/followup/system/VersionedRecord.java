package dev.followup.system;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record clients replace with If-Match: its version (the ETag) and who created and last changed it,
 * when. Its table has the columns version, created_at, created_by, modified_at and modified_by.
 */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "modified_at", nullable = false)
    public Instant modifiedAt;

    @Column(name = "modified_by", nullable = false)
    public String modifiedBy;
}
