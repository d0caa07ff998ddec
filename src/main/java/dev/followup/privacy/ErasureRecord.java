package dev.followup.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.followup.system.Ids;
import dev.followup.system.TenantScopedId;

/** The audit record of one erasure: when, who asked, the rows removed per table; nothing about the person. */
@Entity
@Table(name = "erasure")
@IdClass(TenantScopedId.class)
public class ErasureRecord extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    /** Whose data: {@code candidate} or {@code interviewer}. */
    @Column(name = "kind", nullable = false, updatable = false)
    public String kind;

    @Column(name = "erased_at", nullable = false, updatable = false)
    public Instant erasedAt;

    /** An integration's {@code sub}, or {@link CandidateErasureResponse#BY_CANDIDATE}: never the candidate's id. */
    @Column(name = "erased_by", nullable = false, updatable = false)
    public String erasedBy;

    /** The rows removed per table, as a JSON object. */
    @Column(name = "row_counts", nullable = false, updatable = false)
    public String rowCounts;

    @Column(name = "total_rows", nullable = false, updatable = false)
    public int totalRows;

    /** Keeps the record of an erasure of {@code kind} that changed these rows. */
    static ErasureRecord keep(String tenantId, String kind, String erasedBy, Map<String, Integer> rows,
            Instant erasedAt, ObjectMapper mapper) {
        ErasureRecord record = new ErasureRecord();
        record.tenantId = tenantId;
        record.kind = kind;
        record.id = Ids.newId();
        record.erasedAt = erasedAt;
        record.erasedBy = erasedBy;
        try {
            record.rowCounts = mapper.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Row counts are plain numbers", e);
        }
        record.totalRows = rows.values().stream().mapToInt(Integer::intValue).sum();
        record.persist();
        return record;
    }
}
