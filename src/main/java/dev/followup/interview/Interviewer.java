package dev.followup.interview;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.followup.system.Ids;
import dev.followup.system.TenantScopedId;

/** Someone who interviewed the candidate: each gets their own thank-you (R1). */
@Entity
@Table(name = "interviewer")
@IdClass(TenantScopedId.class)
public class Interviewer extends PanacheEntityBase {

    /** Assigned on creation ({@link Ids#newId()}). */
    @Id
    public UUID id;

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "interview_id", nullable = false, updatable = false)
    public UUID interviewId;

    /**
     * The interview's whole key (tenant, interview), so that loading an interview's interviewers seeks
     * the index that leads with the tenant; the two columns are written through the fields above.
     */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumns({
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id", insertable = false, updatable = false),
            @JoinColumn(name = "interview_id", referencedColumnName = "id", insertable = false, updatable = false)})
    public Interview interview;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "name", nullable = false)
    public String name;

    /** Optional: ATS data rarely has it. */
    @Column(name = "title")
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "salutation")
    public Salutation salutation;

    @Column(name = "email", nullable = false)
    public String email;

    /** {@link #email} in lower case, kept by the entity: an erasure finds every spelling with one seek. */
    @Column(name = "email_key", nullable = false)
    public String emailKey;

    @Column(name = "phone")
    public String phone;

    @Column(name = "linkedin_url")
    public String linkedinUrl;

    /** Nothing is due to this interviewer before they are back (R6). */
    @Column(name = "away_until")
    public LocalDate awayUntil;

    /** How {@link #emailKey} spells an email. */
    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void keyEmail() {
        emailKey = emailKey(email);
    }
}
