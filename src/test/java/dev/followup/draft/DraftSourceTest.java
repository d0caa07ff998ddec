package dev.followup.draft;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.followup.candidate.CandidateContact;
import dev.followup.interview.Cadence;
import dev.followup.interview.Channel;
import dev.followup.interview.Company;
import dev.followup.interview.CompanyCulture;
import dev.followup.interview.FirstCheck;
import dev.followup.interview.InterviewFormat;
import dev.followup.interview.InterviewResponse;
import dev.followup.interview.InterviewRound;
import dev.followup.interview.InterviewSource;
import dev.followup.interview.InterviewStatus;
import dev.followup.interview.InterviewerResponse;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpResponse;
import dev.followup.schedule.FollowUpStatus;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facts of a draft follow from the follow-up, its interview and the profile alone (M2, M4). */
class DraftSourceTest {

    private static final UUID INTERVIEW = UUID.fromString("0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
    private static final InterviewerResponse MARIA = interviewer("Maria Lopez", "maria@acme.example");
    private static final InterviewerResponse SAM = interviewer("Sam Chen", "sam@acme.example");
    private static final InterviewerResponse LEE = interviewer("Lee Park", "lee@acme.example");
    private static final CandidateContact PROFILE = new CandidateContact("Jane Doe", "jane@example.com",
            "+49 30 1234567", "https://www.linkedin.com/in/jane-doe", "Best,\nJane", null);

    private static InterviewerResponse interviewer(String name, String email) {
        return new InterviewerResponse(UUID.nameUUIDFromBytes(email.getBytes()), name, null, null, email, null, null,
                null);
    }

    private static InterviewResponse interview(List<InterviewerResponse> interviewers, CandidateContact own) {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-06T23:00:00+01:00");
        return new InterviewResponse(INTERVIEW, "candidate-1", UUID.randomUUID(),
                new Company("Acme Robotics", CompanyCulture.TECH), "Backend Engineer", InterviewRound.TECHNICAL,
                InterviewFormat.VIDEO, start, start.plusMinutes(45), "Europe/Berlin", "DE", interviewers,
                List.of("event sourcing"), List.of("Kafka"), own, LocalDate.of(2026, 3, 13), Channel.EMAIL, false,
                true, false, Cadence.STANDARD, FirstCheck.ONE_WEEK, null, null, null, null, InterviewSource.MANUAL,
                null, null, InterviewStatus.COMPLETED, 0, start, "candidate-1", start, "candidate-1");
    }

    private static FollowUpResponse item(FollowUpType type, InterviewerResponse to) {
        OffsetDateTime at = OffsetDateTime.parse("2026-03-07T10:00:00Z");
        return new FollowUpResponse(UUID.randomUUID(), INTERVIEW, "candidate-1", type, FollowUpStatus.DUE,
                to == null ? null : to.id(), to == null ? null : to.name(), Channel.EMAIL, at, at, at, at, at, at,
                "Europe/Berlin", List.of("R1"), "Thank them.", Language.ENGLISH, null, null, null, null, null,
                "Acme Robotics",
                "Backend Engineer",
                0, at);
    }

    private static DraftSource source(FollowUpType type, InterviewerResponse to, CandidateContact own,
            CandidateContact profile) {
        return new DraftSource(item(type, to), interview(List.of(MARIA, SAM, LEE), own), profile);
    }

    @Test
    void theRecipientIsTheFollowUpsInterviewer() {
        assertThat(source(FollowUpType.THANK_YOU, SAM, null, PROFILE).recipientIndex()).isEqualTo(1);
        assertThat(source(FollowUpType.THANK_YOU, LEE, null, PROFILE).recipientIndex()).isEqualTo(2);
        assertThat(source(FollowUpType.MOVE_ON, null, null, PROFILE).recipientIndex()).isZero();
    }

    @Test
    void theFactsCarryTheInterviewAndTheRecipient_M2() {
        DraftFacts facts = source(FollowUpType.THANK_YOU, SAM, null, PROFILE).facts(Channel.EMAIL, Tone.WARM, 1,
                Language.ENGLISH);
        assertThat(facts.type()).isEqualTo(FollowUpType.THANK_YOU);
        assertThat(facts.channel()).isEqualTo(Channel.EMAIL);
        assertThat(facts.tone()).isEqualTo(Tone.WARM);
        assertThat(facts.interviewerName()).isEqualTo("Sam Chen");
        assertThat(facts.interviewerEmail()).isEqualTo("sam@acme.example");
        assertThat(facts.interviewerIndex()).isEqualTo(1);
        assertThat(facts.company()).isEqualTo("Acme Robotics");
        assertThat(facts.jobTitle()).isEqualTo("Backend Engineer");
        assertThat(facts.round()).isEqualTo(InterviewRound.TECHNICAL);
        // the day in the candidate's time zone: 23:45 in Berlin is still the 6th
        assertThat(facts.interviewDay()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(facts.topics()).containsExactly("event sourcing");
        assertThat(facts.skills()).containsExactly("Kafka");
        assertThat(facts.decisionDate()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(facts.seed()).isEqualTo(INTERVIEW.getLeastSignificantBits());
        assertThat(facts.candidate()).isEqualTo(new DraftFacts.Contact("Jane Doe", "jane@example.com",
                "+49 30 1234567", "https://www.linkedin.com/in/jane-doe", "Best,\nJane"));
    }

    @Test
    void theInterviewsOwnContactDetailsWinFieldByField() {
        CandidateContact own = new CandidateContact(null, "jane.work@example.com", null, null, null, null);
        DraftFacts.Contact contact = source(FollowUpType.THANK_YOU, MARIA, own, PROFILE).candidate();
        assertThat(contact.name()).isEqualTo("Jane Doe");
        assertThat(contact.email()).isEqualTo("jane.work@example.com");
        assertThat(contact.phone()).isEqualTo("+49 30 1234567");
    }

    @Test
    void withoutAProfileTheInterviewsDetailsAreAllThereIs() {
        CandidateContact own = new CandidateContact("Jane Roe", null, null, null, null, null);
        DraftFacts.Contact contact = source(FollowUpType.THANK_YOU, MARIA, own, null).candidate();
        assertThat(contact).isEqualTo(new DraftFacts.Contact("Jane Roe", null, null, null, null));
    }

    @Test
    void aDraftNeedsTheCandidatesName() {
        DraftSource nameless = source(FollowUpType.THANK_YOU, MARIA, null, null);
        assertThatThrownBy(() -> nameless.facts(Channel.EMAIL, Tone.FORMAL, 0, Language.ENGLISH))
                .isInstanceOf(MissingDraftDataException.class)
                .extracting("violation.field").isEqualTo("candidate.name");
        DraftSource blank = source(FollowUpType.THANK_YOU, MARIA,
                new CandidateContact("  ", null, null, null, null, null), null);
        assertThatThrownBy(() -> blank.facts(Channel.EMAIL, Tone.FORMAL, 0, Language.ENGLISH))
                .isInstanceOf(MissingDraftDataException.class);
    }

    @Test
    void aDraftNeedsSomeoneToWriteTo() {
        DraftSource noOne = new DraftSource(item(FollowUpType.MOVE_ON, null), interview(List.of(), null), PROFILE);
        assertThatThrownBy(() -> noOne.facts(Channel.EMAIL, Tone.FORMAL, 0, Language.ENGLISH))
                .isInstanceOf(MissingDraftDataException.class)
                .extracting("violation.field").isEqualTo("interviewers");
    }

    @Test
    void aRecipientNoLongerOnTheInterviewIsStillWrittenToByName() {
        DraftSource gone = new DraftSource(item(FollowUpType.THANK_YOU, SAM), interview(List.of(), null), PROFILE);
        DraftFacts facts = gone.facts(Channel.EMAIL, Tone.FORMAL, 0, Language.ENGLISH);
        assertThat(facts.interviewerName()).isEqualTo("Sam Chen");
        assertThat(facts.interviewerEmail()).isNull();
    }

    @Test
    void aRecipientNoLongerOnTheInterviewIsNeverSwappedForAnother() {
        // Sam was removed (or erased) while Maria and Lee stay: Sam's letter is not addressed to Maria.
        DraftSource gone = new DraftSource(item(FollowUpType.THANK_YOU, SAM), interview(List.of(MARIA, LEE), null),
                PROFILE);
        assertThat(gone.recipientIndex()).isEqualTo(2);
        assertThat(gone.siblingIndexes()).containsExactly(0, 1);
        assertThat(gone.facts(Channel.EMAIL, Tone.FORMAL, gone.recipientIndex(), Language.ENGLISH).interviewerName())
                .isEqualTo("Sam Chen");
        // Erased: the item no longer names them, so there is no one to write to.
        FollowUpResponse named = item(FollowUpType.THANK_YOU, SAM);
        FollowUpResponse erased = new FollowUpResponse(named.id(), named.interviewId(), named.candidateId(),
                named.type(), named.status(), named.interviewerId(), null, named.channel(), named.earliestAt(),
                named.latestAt(), named.suggestedAt(), named.earliestLocal(), named.latestLocal(),
                named.suggestedLocal(), named.timeZone(), named.rules(), named.reason(), named.language(),
                named.statusNote(), named.doneAt(), named.doneChannel(), named.snoozedUntil(), named.snoozeNote(),
                named.companyName(), named.jobTitle(), named.sequence(), named.modifiedAt());
        DraftSource noOne = new DraftSource(erased, interview(List.of(MARIA, LEE), null), PROFILE);
        assertThatThrownBy(() -> noOne.facts(Channel.EMAIL, Tone.FORMAL, noOne.recipientIndex(), Language.ENGLISH))
                .isInstanceOf(MissingDraftDataException.class).extracting("violation.field")
                .isEqualTo("interviewers");
    }

    @Test
    void thankYousAndLinkedInNotesAreComparedWithTheOtherInterviewers_M4() {
        assertThat(source(FollowUpType.THANK_YOU, SAM, null, PROFILE).siblingIndexes()).containsExactly(0, 2);
        assertThat(source(FollowUpType.LINKEDIN_CONNECTION, MARIA, null, PROFILE).siblingIndexes())
                .containsExactly(1, 2);
        assertThat(source(FollowUpType.STATUS_CHECK, MARIA, null, PROFILE).siblingIndexes()).isEmpty();
        assertThat(source(FollowUpType.FINAL_FOLLOW_UP, MARIA, null, PROFILE).siblingIndexes()).isEmpty();
    }
}
