package dev.followup.candidate;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import dev.followup.language.Language;
import dev.followup.system.TenantScopedId;
import dev.followup.system.VersionedRecord;

/** The candidate's own name and contact details, one per owner: the default closing of every draft. */
@Entity
@Table(name = "candidate_profile")
@IdClass(TenantScopedId.class)
public class CandidateProfile extends VersionedRecord {

    /** Assigned on creation ({@link dev.followup.system.Ids#newId()}). */
    @Id
    public UUID id;

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "name")
    public String name;

    @Column(name = "email")
    public String email;

    @Column(name = "phone")
    public String phone;

    @Column(name = "linkedin_url")
    public String linkedinUrl;

    @Column(name = "signature")
    public String signature;

    @Enumerated(EnumType.STRING)
    @Column(name = "language")
    public Language language;

    public CandidateContact contact() {
        return new CandidateContact(name, email, phone, linkedinUrl, signature, language);
    }

    void apply(CandidateContact contact) {
        name = contact.name();
        email = contact.email();
        phone = contact.phone();
        linkedinUrl = contact.linkedInUrl();
        signature = contact.signature();
        language = contact.language();
    }
}
