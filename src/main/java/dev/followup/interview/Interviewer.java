package dev.followup.interview;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone who interviewed the candidate: each gets their own thank-you (R1). */
@Entity
@Table(name = "interviewer")
public class Interviewer extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    /** Written through {@link #interview}, whose key this row carries whole. */
    @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
    public String tenantId;

    /**
     * Joined on the whole key (tenant, interview), so that loading an interview's interviewers seeks the
     * index that leads with the tenant instead of scanning every tenant's rows.
     */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumns({
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id", nullable = false, updatable = false),
            @JoinColumn(name = "interview_id", referencedColumnName = "id", nullable = false, updatable = false)})
    public Interview interview;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "email", nullable = false)
    public String email;

    @Column(name = "phone")
    public String phone;

    @Column(name = "linkedin_url")
    public String linkedinUrl;

    /** Nothing is due to this interviewer before they are back (R6). */
    @Column(name = "away_until")
    public LocalDate awayUntil;
}
