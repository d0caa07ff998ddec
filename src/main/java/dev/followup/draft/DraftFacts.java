package dev.followup.draft;

import java.time.LocalDate;
import java.util.List;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.schedule.FollowUpType;

/**
 * What a draft is written from, as plain values.
 *
 * @param interviewerIndex the recipient's position among the interview's interviewers: drafts for
 *                         different interviewers use different wording and topics (M4)
 * @param seed             stable per interview, so that the same request always gives the same draft
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
        long seed) {

    /** The candidate as they sign. */
    public record Contact(String name, String email, String phone, String linkedInUrl, String signature) {
    }
}
