package dev.followup.interview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.candidate.CandidateContact;

/** An interview as the API returns it; times are shown in the candidate's time zone. */
@Schema(name = "Interview", description = "A registered interview. `startAt` and `endAt` are given in the candidate's time zone.")
public record InterviewResponse(
        @Schema(description = "The interview's id.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", required = true) UUID id,
        @Schema(description = "The candidate the interview belongs to: the `sub` of their tokens, and what an integration sends as `On-Behalf-Of`.", example = "candidate-7f3a", required = true) String candidateId,
        @Schema(description = "The hiring process this interview is a round of (R12); shared by all its rounds.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70", required = true) UUID processId,
        @Schema(description = "The employer.", required = true) Company company,
        @Schema(description = "The title of the job.", example = "Senior Backend Engineer", required = true) String jobTitle,
        @Schema(description = "Which round this was.", example = "technical", required = true) InterviewRound round,
        @Schema(description = "How the interview was held.", example = "video", required = true) InterviewFormat format,
        @Schema(description = "When the interview started, in the candidate's time zone.", example = "2026-03-06T14:00:00+01:00", required = true) OffsetDateTime startAt,
        @Schema(description = "When the interview ended, in the candidate's time zone.", example = "2026-03-06T15:00:00+01:00", required = true) OffsetDateTime endAt,
        @Schema(description = "The candidate's IANA time zone.", example = "Europe/Berlin", required = true) String timeZone,
        @Schema(description = "The candidate's country, ISO 3166-1 alpha-2.", example = "DE", required = true) String countryCode,
        @Schema(description = "The people who interviewed the candidate, in the order given.", required = true) List<InterviewerResponse> interviewers,
        @Schema(description = "What was discussed.", example = "[\"migrating the billing service to event sourcing\", \"on-call rotation\"]", required = true) List<String> topics,
        @Schema(description = "The skills the candidate wants to stress.", example = "[\"Kafka\", \"incident response\"]", required = true) List<String> skills,
        @Schema(description = "Contact details set for this interview only; absent when the candidate profile applies unchanged.") CandidateContact candidate,
        @Schema(description = "The date by which the employer said they would decide, if they did.", example = "2026-03-13") LocalDate expectedDecisionDate,
        @Schema(description = "The channel the employer last used, if known.", example = "email") Channel lastEmployerChannel,
        @Schema(description = "Whether the employer asked candidates not to follow up.", example = "false", required = true) boolean noFollowUpRequested,
        @Schema(description = "Whether the candidate may connect with the interviewers on LinkedIn.", example = "true", required = true) boolean linkedInConnectionAllowed,
        @Schema(description = "Whether a phone call may be the last escalation (R13).", example = "false", required = true) boolean phoneFollowUpInvited,
        @Schema(description = "How insistently to follow up (R4, R7).", example = "standard", required = true) Cadence cadence,
        @Schema(description = "When the first status check comes without a decision date (R4).", example = "one_week", required = true) FirstCheck firstCheck,
        @Schema(description = "The latest thing the employer did, if anything yet (record it with `POST /interviews/{id}/outcome`).", example = "answered") OutcomeType outcome,
        @Schema(description = "When that happened.", example = "2026-03-10T11:20:00+01:00") OffsetDateTime outcomeAt,
        @Schema(description = "A new decision date the employer named when answering.", example = "2026-03-20") LocalDate outcomeDecisionDate,
        @Schema(description = "The channel of the candidate's latest follow-up marked done.", example = "email") Channel lastChannelUsed,
        @Schema(description = "The system the interview comes from.", example = "greenhouse", required = true) InterviewSource source,
        @Schema(description = "The interview's id in the source system, if any.", example = "gh-int-48213") String remoteId,
        @Schema(description = "The id of the interview's calendar event, if known.", example = "7kukuqrfedlm2f9t0vr42q3dgh") String externalEventId,
        @Schema(description = "The lifecycle status.", example = "completed", required = true) InterviewStatus status,
        @Schema(description = "The row version; the ETag header carries it in quotes.", example = "0", required = true) long version,
        @Schema(description = "When the interview was registered.", example = "2026-03-06T16:05:00Z", required = true) OffsetDateTime createdAt,
        @Schema(description = "Who registered it: the `sub` of the token used (the candidate, or the integration acting for them).", example = "greenhouse-sync", required = true) String createdBy,
        @Schema(description = "When the interview last changed; filter with `modifiedAfter` for incremental sync.", example = "2026-03-06T16:05:00Z", required = true) OffsetDateTime modifiedAt,
        @Schema(description = "Who changed it last: the `sub` of the token used.", example = "candidate-7f3a", required = true) String modifiedBy)
        implements
            InterviewListItem {

    public static InterviewResponse from(Interview interview) {
        ZoneId zone = ZoneId.of(interview.timeZone);
        var candidate = new CandidateContact(interview.candidateName, interview.candidateEmail,
                interview.candidatePhone,
                interview.candidateLinkedinUrl, interview.candidateSignature, interview.candidateLanguage);
        return new InterviewResponse(
                interview.id,
                interview.ownerId,
                interview.processId,
                new Company(interview.companyName, interview.companyCulture),
                interview.jobTitle,
                interview.round,
                interview.format,
                interview.startAt.atZone(zone).toOffsetDateTime(),
                interview.endAt.atZone(zone).toOffsetDateTime(),
                interview.timeZone,
                interview.countryCode,
                interview.interviewers.stream().map(InterviewerResponse::from).toList(),
                List.copyOf(interview.topics),
                List.copyOf(interview.skills),
                candidate.hasNoField() ? null : candidate,
                interview.expectedDecisionDate,
                interview.lastEmployerChannel,
                interview.noFollowUpRequested,
                interview.linkedinConnectionAllowed,
                interview.phoneFollowUpInvited,
                interview.cadence,
                interview.firstCheck,
                interview.outcome,
                interview.outcomeAt == null ? null : interview.outcomeAt.atZone(zone).toOffsetDateTime(),
                interview.outcomeDecisionDate,
                interview.lastChannelUsed,
                interview.source,
                interview.remoteId,
                interview.externalEventId,
                interview.status,
                interview.version,
                interview.createdAt.atOffset(ZoneOffset.UTC),
                interview.createdBy,
                interview.modifiedAt.atOffset(ZoneOffset.UTC),
                interview.modifiedBy);
    }
}
