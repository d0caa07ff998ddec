package dev.followup.draft;

import java.time.LocalDate;
import java.util.List;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.interview.Salutation;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

/**
 * What a draft is written from, as plain values.
 *
 * @param interviewerIndex the recipient's position among the interview's interviewers: drafts for
 *                         different interviewers use different wording and topics (M4)
 * @param seed             stable per interview, so that the same request always gives the same draft
 * @param language         the language to write in
 * @param salutation       how the recipient is addressed formally, or null when not stated
 */
public record DraftFacts(
        FollowUpType type,
        Channel channel,
        Tone tone,
        String interviewerName,
        String interviewerEmail,
        int interviewerIndex,
        String company,
        String jobTitle,
        InterviewRound round,
        LocalDate interviewDay,
        List<String> topics,
        List<String> skills,
        LocalDate decisionDate,
        Contact candidate,
        long seed,
        Language language,
        Salutation salutation) {

    /** Facts of an English draft to someone whose form of address is not known. */
    public DraftFacts(FollowUpType type, Channel channel, Tone tone, String interviewerName, String interviewerEmail,
            int interviewerIndex, String company, String jobTitle, InterviewRound round, LocalDate interviewDay,
            List<String> topics, List<String> skills, LocalDate decisionDate, Contact candidate, long seed) {
        this(type, channel, tone, interviewerName, interviewerEmail, interviewerIndex, company, jobTitle, round,
                interviewDay, topics, skills, decisionDate, candidate, seed, Language.ENGLISH, null);
    }

    /** The same facts in another language. */
    public DraftFacts in(Language other) {
        return new DraftFacts(type, channel, tone, interviewerName, interviewerEmail, interviewerIndex, company,
                jobTitle, round, interviewDay, topics, skills, decisionDate, candidate, seed, other, salutation);
    }

    /** The candidate as they sign. */
    public record Contact(String name, String email, String phone, String linkedInUrl, String signature) {
    }
}
