package dev.followup.schedule;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import dev.followup.interview.Channel;
import dev.followup.system.Ids;
import dev.followup.system.TenantScopedId;

/**
 * One item of an interview's follow-up plan. The interview's display fields are copied in, so that
 * the agenda reads one table through one index.
 */
@Entity
@Table(name = "follow_up")
@IdClass(TenantScopedId.class)
@DynamicUpdate // a request writes only what it changed: the sweep's alarm and a request's change never clash
public class FollowUp extends PanacheEntityBase {

    /** Assigned on creation ({@link Ids#newId()}). */
    @Id
    public UUID id;

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "interview_id", nullable = false, updatable = false)
    public UUID interviewId;

    @Column(name = "plan_key", nullable = false, updatable = false)
    public String planKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public FollowUpType type;

    @Column(name = "interviewer_id")
    public UUID interviewerId;

    @Column(name = "interviewer_name")
    public String interviewerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    public Channel channel;

    @Column(name = "earliest_at", nullable = false)
    public Instant earliestAt;

    @Column(name = "latest_at", nullable = false)
    public Instant latestAt;

    @Column(name = "suggested_at", nullable = false)
    public Instant suggestedAt;

    /** Comma-separated rule ids, most important first. */
    @Column(name = "rule_ids", nullable = false)
    public String ruleIds;

    @Column(name = "reason", nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public FollowUpState state;

    /** Why it was skipped or cancelled. */
    @Column(name = "state_note")
    public String stateNote;

    @Column(name = "done_at")
    public Instant doneAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "done_channel")
    public Channel doneChannel;

    @Column(name = "company_name", nullable = false)
    public String companyName;

    @Column(name = "job_title", nullable = false)
    public String jobTitle;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** Grows each time the item moves or changes state, so that calendar apps update it in place. */
    @Column(name = "sequence", nullable = false)
    public int sequence;

    /**
     * What the sweep announces next, and from when ({@link Alarm}); none once nothing more will be said.
     * Unversioned, like the snooze: the sweep's bookkeeping never makes a request's write a conflict.
     */
    @Embedded
    @OptimisticLock(excluded = true)
    AlarmSetting alarm;

    /** The candidate asked to be reminded then (POST /follow-ups/{id}/snooze); cleared when the reminder goes. */
    @Column(name = "snoozed_until")
    @OptimisticLock(excluded = true)
    public Instant snoozedUntil;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    public Instant modifiedAt;

    List<String> rules() {
        return Arrays.asList(ruleIds.split(","));
    }

    /** What an item shows of its interview, copied in so that the agenda reads one table. */
    record Label(String companyName, String jobTitle, String timeZone) {
    }

    /** Takes the planner's latest view of this item; the sequence grows when anything a calendar shows changed. */
    void apply(PlannedFollowUp planned, Label interview, String interviewer, Instant now) {
        boolean moved = !Objects.equals(earliestAt, planned.earliest()) || !Objects.equals(latestAt, planned.latest())
                || !Objects.equals(suggestedAt, planned.suggested()) || !sameReason(planned.reason())
                || channel != planned.channel() || !Objects.equals(interviewerName, interviewer);
        type = planned.type();
        interviewerId = planned.interviewerId();
        interviewerName = interviewer;
        channel = planned.channel();
        earliestAt = planned.earliest();
        latestAt = planned.latest();
        suggestedAt = planned.suggested();
        ruleIds = String.join(",", planned.rules());
        reason = planned.reason().encode();
        describe(interview);
        if (moved && id != null) {
            sequence++;
            modifiedAt = now;
            snoozedUntil = null; // a new window: its own reminder
            rearm();
        }
    }

    /**
     * Whether the planner still gives the reason stored: by its stored form, or, for one stored in English
     * before reasons were kept as data, by its English words (a change of form alone is no change).
     */
    private boolean sameReason(PlanReason planned) {
        return planned.encode().equals(reason) || planned.english().equals(PlanReason.decode(reason).english());
    }

    /** Copies the interview's display fields (they may have changed). */
    void describe(Label interview) {
        companyName = interview.companyName();
        jobTitle = interview.jobTitle();
        timeZone = interview.timeZone();
    }

    void changeState(FollowUpState newState, String note, Instant now) {
        state = newState;
        stateNote = note;
        sequence++;
        modifiedAt = now;
        if (newState != FollowUpState.OPEN) {
            snoozedUntil = null;
        }
        rearm();
    }

    /** Sets the first announcement for the item as it now stands. */
    void rearm() {
        alarm = AlarmSetting.of(Alarm.first(state, earliestAt, snoozedUntil));
    }

    /** The alarm set now; none when nothing more will be said. */
    Alarm alarm() {
        return alarm == null ? null : alarm.alarm();
    }

    /** The sweep announced {@code announced} at {@code now}: a snooze has ended, and the next alarm is set. */
    void announced(Alarm.Kind announced, Instant now) {
        snoozedUntil = null;
        alarm = AlarmSetting.of(Alarm.after(announced, now, latestAt));
    }
}
