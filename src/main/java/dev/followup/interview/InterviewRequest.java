package dev.followup.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.followup.candidate.CandidateContact;
import dev.followup.system.Ids;
import dev.followup.validation.CountryCode;
import dev.followup.validation.IanaTimeZone;

/**
 * An interview as a client registers or replaces it. The read-only fields of the interview a GET
 * returns are accepted and ignored, so that "read, change, write back" works; any other unknown
 * field is refused.
 */
@JsonIgnoreProperties({"id", "candidateId", "outcome", "outcomeAt", "outcomeDecisionDate", "lastChannelUsed", "version",
        "createdAt", "createdBy", "modifiedAt", "modifiedBy"})
@ConsistentInterview
@Schema(name = "InterviewRequest", description = "An interview to register or to replace. Field names follow the conventions of applicant-tracking systems (`startAt`, `endAt`, `remoteId`, interviewers as objects). The read-only fields of an `Interview` read with GET (`id`, `candidateId`, `outcome`, `outcomeAt`, `outcomeDecisionDate`, `lastChannelUsed`, `version` and the audit fields) are accepted and ignored, so a read interview can be changed and sent back; any other field not listed here is refused (400).")
public record InterviewRequest(
        @Schema(description = "The employer.", required = true) @NotNull @Valid Company company,
        @Schema(description = "The title of the job the candidate interviewed for.", example = "Senior Backend Engineer", required = true, maxLength = 200) @NotBlank @Size(max = 200) String jobTitle,
        @Schema(description = "Which round of the hiring process this was.", example = "technical", required = true) @NotNull InterviewRound round,
        @Schema(description = "How the interview was held.", example = "video", required = true) @NotNull InterviewFormat format,
        @Schema(description = "When the interview started, ISO-8601 with an offset.", example = "2026-03-06T14:00:00+01:00", required = true) @NotNull OffsetDateTime startAt,
        @Schema(description = "When the interview ended, ISO-8601 with an offset; after `startAt` and at most 24 hours later.", example = "2026-03-06T15:00:00+01:00", required = true) @NotNull OffsetDateTime endAt,
        @Schema(description = "The candidate's IANA time zone: every suggested time is computed in it (R14).", example = "Europe/Berlin", required = true, maxLength = 64) @NotBlank @IanaTimeZone String timeZone,
        @Schema(description = "The candidate's country, ISO 3166-1 alpha-2: its public holidays are not business days (R14).", example = "DE", required = true, minLength = 2, maxLength = 2) @NotBlank @CountryCode String countryCode,
        @Schema(description = "The people who interviewed the candidate, 1 to 10, with distinct emails.", required = true, minItems = 1, maxItems = 10) @NotEmpty @Size(max = 10) List<@NotNull @Valid InterviewerRequest> interviewers,
        @Schema(description = "What was discussed, in the candidate's words, up to 20; drafts mention them (M2).", example = "[\"migrating the billing service to event sourcing\", \"on-call rotation\"]", maxItems = 20) @Size(max = 20) List<@NotBlank @Size(max = 300) String> topics,
        @Schema(description = "The skills the candidate wants to stress, up to 20 (M1).", example = "[\"Kafka\", \"incident response\"]", maxItems = 20) @Size(max = 20) List<@NotBlank @Size(max = 100) String> skills,
        @Schema(description = "The candidate's contact details for this interview only; a field left out falls back to the candidate profile.") @Valid CandidateContact candidate,
        @Schema(description = "The date by which the employer said they would decide; no status check comes before it (R5). Not before the interview.", example = "2026-03-13") LocalDate expectedDecisionDate,
        @Schema(description = "The channel the employer last used to contact the candidate (R3).", example = "email") Channel lastEmployerChannel,
        @Schema(description = "Whether the employer asked candidates not to follow up (R9). Defaults to false.", example = "false") Boolean noFollowUpRequested,
        @Schema(description = "Whether the candidate may connect with the interviewers on LinkedIn (R13). Defaults to false.", example = "true") Boolean linkedInConnectionAllowed,
        @Schema(description = "Whether rapport was established or the employer invited a call, which makes a phone call the last escalation (R13). Defaults to false.", example = "false") Boolean phoneFollowUpInvited,
        @Schema(description = "How insistently to follow up (R4, R7). Defaults to `standard`.", example = "standard") Cadence cadence,
        @Schema(description = "When the first status check comes without a decision date (R4). Defaults to `one_week`.", example = "one_week") FirstCheck firstCheck,
        @Schema(description = "The system the interview comes from. Defaults to `manual`.", example = "greenhouse") InterviewSource source,
        @Schema(description = "The interview's id in the source system; unique per source for one candidate.", example = "gh-int-48213", maxLength = 128, pattern = InterviewRequest.REMOTE_ID) @Size(max = 128) @Pattern(regexp = InterviewRequest.REMOTE_ID, message = InterviewRequest.REMOTE_ID_MESSAGE) String remoteId,
        @Schema(description = "The id of the interview's calendar event, if the caller knows it.", example = "7kukuqrfedlm2f9t0vr42q3dgh", maxLength = 255) @Size(max = 255) String externalEventId,
        @Schema(description = "The lifecycle status. Defaults to `completed` when the interview has already ended, else `scheduled`.", example = "completed") InterviewStatus status,
        @Schema(description = "Links this interview to an earlier round of the same hiring process (R12): the `processId` of one of the candidate's interviews. Left out, the interview starts a new process.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70") UUID processId) {

    static final String REMOTE_ID = "^[A-Za-z0-9][A-Za-z0-9._:~-]*$";
    static final String REMOTE_ID_MESSAGE = "must be letters, digits and . _ : ~ - only, starting with a letter or digit";
    static final int MAX_DURATION_HOURS = 24;

    /** This request with the source system's identity of the interview set, as an upsert's path gives it. */
    InterviewRequest withRemoteIdentity(InterviewSource source, String remoteId) {
        return new InterviewRequest(company, jobTitle, round, format, startAt, endAt, timeZone, countryCode,
                interviewers,
                topics, skills, candidate, expectedDecisionDate, lastEmployerChannel, noFollowUpRequested,
                linkedInConnectionAllowed, phoneFollowUpInvited, cadence, firstCheck, source, remoteId, externalEventId,
                status, processId);
    }

    InterviewSource sourceOrDefault() {
        return source == null ? InterviewSource.MANUAL : source;
    }

    /** Copies every field onto the entity; interviewers keep their id when their email is unchanged. */
    void applyTo(Interview interview, Instant now) {
        interview.companyName = company.name().strip();
        interview.companyCulture = company.culture() == null ? CompanyCulture.OTHER : company.culture();
        interview.jobTitle = jobTitle.strip();
        interview.round = round;
        interview.format = format;
        interview.startAt = startAt.toInstant().truncatedTo(ChronoUnit.MICROS);
        interview.endAt = endAt.toInstant().truncatedTo(ChronoUnit.MICROS);
        interview.timeZone = timeZone;
        interview.countryCode = countryCode;
        interview.topics = stripped(topics);
        interview.skills = stripped(skills);
        CandidateContact contact = candidate == null
                ? new CandidateContact(null, null, null, null, null, null)
                : candidate;
        interview.candidateName = contact.name();
        interview.candidateEmail = contact.email();
        interview.candidatePhone = contact.phone();
        interview.candidateLinkedinUrl = contact.linkedInUrl();
        interview.candidateSignature = contact.signature();
        interview.candidateLanguage = contact.language();
        interview.expectedDecisionDate = expectedDecisionDate;
        interview.lastEmployerChannel = lastEmployerChannel;
        interview.noFollowUpRequested = Boolean.TRUE.equals(noFollowUpRequested);
        interview.linkedinConnectionAllowed = Boolean.TRUE.equals(linkedInConnectionAllowed);
        interview.phoneFollowUpInvited = Boolean.TRUE.equals(phoneFollowUpInvited);
        interview.cadence = cadence == null ? Cadence.STANDARD : cadence;
        interview.firstCheck = firstCheck == null ? FirstCheck.ONE_WEEK : firstCheck;
        interview.source = sourceOrDefault();
        interview.remoteId = remoteId;
        interview.externalEventId = externalEventId;
        interview.status = status != null
                ? status
                : interview.endAt.isAfter(now) ? InterviewStatus.SCHEDULED : InterviewStatus.COMPLETED;
        applyInterviewers(interview);
    }

    private void applyInterviewers(Interview interview) {
        Map<String, Interviewer> existing = interview.interviewers.stream()
                .collect(Collectors.toMap(i -> Interviewer.emailKey(i.email), Function.identity()));
        List<Interviewer> kept = new ArrayList<>();
        for (int position = 0; position < interviewers.size(); position++) {
            InterviewerRequest request = interviewers.get(position);
            Interviewer interviewer = existing.get(Interviewer.emailKey(request.email()));
            if (interviewer == null) {
                interviewer = new Interviewer();
                interviewer.id = Ids.newId();
                interviewer.tenantId = interview.tenantId;
                interviewer.interviewId = interview.id;
                interviewer.interview = interview;
            }
            request.applyTo(interviewer);
            interviewer.sortOrder = position;
            kept.add(interviewer);
        }
        // Mutate the managed collection in place so that orphan removal deletes the dropped ones.
        interview.interviewers.clear();
        interview.interviewers.addAll(kept);
    }

    private static List<String> stripped(List<String> values) {
        return values == null ? new ArrayList<>() : values.stream().map(String::strip).collect(Collectors.toList());
    }
}
