package dev.followup.integration;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import dev.followup.system.VersionedRecord;

/** One ATS connection of a tenant: whose webhooks it receives, the secret they are signed with, and how candidates match. */
@Entity
@Table(name = "integration_connection")
public class IntegrationConnection extends VersionedRecord {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "vendor", nullable = false)
    public Vendor vendor;

    /** The vendor's signing secret: kept as given, as verifying an HMAC needs it. */
    @Column(name = "secret", nullable = false)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(name = "candidate_match", nullable = false)
    public CandidateMatch candidateMatch;

    @Column(name = "description")
    public String description;

    /** The integration's own name for the connection, within its tenant. */
    @Embeddable
    public record Key(@Column(name = "tenant_id") String tenantId, @Column(name = "id") String id)
            implements
                Serializable {
    }
}
