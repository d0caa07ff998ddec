package dev.followup.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.followup.identity.Caller;
import dev.followup.language.Language;
import dev.followup.system.Ids;
import dev.followup.system.TenantScopedId;
import dev.followup.system.VersionedRecord;

/** An interview a candidate took part in, with everything the follow-up plan and drafts are made from. */
@Entity
@Table(name = "interview")
@IdClass(TenantScopedId.class)
public class Interview extends VersionedRecord {

    /** Assigned on creation ({@link Ids#newId()}). */
    @Id
    public UUID id;

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    /** Shared by the rounds of one hiring process (R12). */
    @Column(name = "process_id", nullable = false)
    public UUID processId;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_culture", nullable = false)
    public CompanyCulture companyCulture;

    @Column(name = "job_title", nullable = false)
    public String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_round", nullable = false)
    public InterviewRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "interview_format", nullable = false)
    public InterviewFormat format;

    @Column(name = "start_at", nullable = false)
    public Instant startAt;

    @Column(name = "end_at", nullable = false)
    public Instant endAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<Interviewer> interviewers = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "topics", nullable = false)
    public List<String> topics = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "skills", nullable = false)
    public List<String> skills = new ArrayList<>();

    // The candidate's contact details for this interview only; unset fields fall back to the profile.
    @Column(name = "candidate_name")
    public String candidateName;

    @Column(name = "candidate_email")
    public String candidateEmail;

    @Column(name = "candidate_phone")
    public String candidatePhone;

    @Column(name = "candidate_linkedin_url")
    public String candidateLinkedinUrl;

    @Column(name = "candidate_signature")
    public String candidateSignature;

    @Enumerated(EnumType.STRING)
    @Column(name = "candidate_language")
    public Language candidateLanguage;

    @Column(name = "expected_decision_date")
    public LocalDate expectedDecisionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_employer_channel")
    public Channel lastEmployerChannel;

    @Column(name = "no_follow_up_requested", nullable = false)
    public boolean noFollowUpRequested;

    @Column(name = "linkedin_connection_allowed", nullable = false)
    public boolean linkedinConnectionAllowed;

    /** R13: rapport was established or the employer invited a call. */
    @Column(name = "phone_follow_up_invited", nullable = false)
    public boolean phoneFollowUpInvited;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", nullable = false)
    public Cadence cadence;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_check", nullable = false)
    public FirstCheck firstCheck;

    /** The latest thing the employer did (R10 to R12), or null while waiting. */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public OutcomeType outcome;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    /** A new decision date the employer named when answering. */
    @Column(name = "outcome_decision_date")
    public LocalDate outcomeDecisionDate;

    /** The channel of the candidate's latest follow-up marked done. */
    @Enumerated(EnumType.STRING)
    @Column(name = "last_channel_used")
    public Channel lastChannelUsed;

    @Enumerated(EnumType.STRING)
    @Column(name = "remote_source", nullable = false)
    public InterviewSource source;

    @Column(name = "remote_id")
    public String remoteId;

    @Column(name = "external_event_id")
    public String externalEventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public InterviewStatus status;

    /**
     * The caller's interview with this id; someone else's is as missing as one that does not exist.
     * Read by its key alone and the owner compared here: with the owner in the query, a planner with
     * stale statistics may walk one of the owner's indexes instead (issue 16).
     */
    public static Interview owned(Caller caller, UUID id) {
        Interview interview = Interview.findById(new TenantScopedId(caller.tenantId(), id));
        if (interview == null || !interview.ownerId.equals(caller.ownerId())) {
            throw new InterviewNotFoundException(id);
        }
        return interview;
    }

    /** Whether the caller has an interview with this id. */
    public static boolean exists(Caller caller, UUID id) {
        Interview interview = Interview.findById(new TenantScopedId(caller.tenantId(), id));
        return interview != null && interview.ownerId.equals(caller.ownerId());
    }

    /** Every round of one hiring process of a candidate (R12). */
    public static List<Interview> roundsOf(String tenant, String owner, UUID processId) {
        return Interview.list("tenantId = ?1 and ownerId = ?2 and processId = ?3", tenant, owner, processId);
    }

    /** Records who changed it last, and when. */
    void touch(Caller caller, Instant now) {
        modifiedAt = now;
        modifiedBy = caller.actorId();
    }
}
