package dev.followup.draft;

import java.util.ArrayList;
import java.util.List;

import dev.followup.candidate.CandidateContact;
import dev.followup.interview.Channel;
import dev.followup.interview.InterviewResponse;
import dev.followup.interview.InterviewerResponse;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpResponse;
import dev.followup.schedule.FollowUpType;

/**
 * What a follow-up's drafts are written from: the follow-up, its interview and the candidate's
 * saved contact details (null when there is no profile). Pure: the facts of a draft to any of the
 * interviewers follow from these three values alone.
 */
record DraftSource(FollowUpResponse item, InterviewResponse interview, CandidateContact profile) {

    /**
     * The follow-up's recipient among the interview's interviewers (the first one when it names none), or
     * past the end when it names one no longer there (removed, or erased): no one else gets their letter.
     */
    int recipientIndex() {
        List<InterviewerResponse> interviewers = interview.interviewers();
        for (int index = 0; index < interviewers.size(); index++) {
            if (interviewers.get(index).id().equals(item.interviewerId())) {
                return index;
            }
        }
        return item.interviewerId() == null ? 0 : interviewers.size();
    }

    /** M4: the other interviewers, who get the same type of message with other wording. */
    List<Integer> siblingIndexes() {
        FollowUpType type = item.type();
        if (type != FollowUpType.THANK_YOU && type != FollowUpType.LINKEDIN_CONNECTION) {
            return List.of();
        }
        int recipient = recipientIndex();
        List<Integer> others = new ArrayList<>();
        for (int index = 0; index < interview.interviewers().size(); index++) {
            if (index != recipient) {
                others.add(index);
            }
        }
        return others;
    }

    /** The facts of a draft to the interviewer at {@code recipient}, in {@code language}. */
    DraftFacts facts(Channel channel, Tone tone, int recipient, Language language) {
        List<InterviewerResponse> interviewers = interview.interviewers();
        InterviewerResponse to = recipient < interviewers.size() ? interviewers.get(recipient) : null;
        String name = to != null ? to.name() : item.interviewerName();
        if (name == null) {
            throw new MissingDraftDataException("interviewers", "The interview has no interviewer to write to.");
        }
        DraftFacts.Contact candidate = candidate();
        if (candidate.name() == null || candidate.name().isBlank()) {
            throw new MissingDraftDataException("candidate.name", "A draft is signed with your name: save it "
                    + "with PUT /candidate-profile, or set candidate.name on the interview.");
        }
        return new DraftFacts(item.type(), channel, tone, name, to == null ? null : to.email(), recipient,
                interview.company().name(), interview.jobTitle(), interview.round(), interview.endAt().toLocalDate(),
                interview.topics(), interview.skills(), interview.expectedDecisionDate(), candidate,
                interview.id().getLeastSignificantBits(), language, to == null ? null : to.salutation());
    }

    /** The language the candidate set for this interview, else on their profile; null when neither did. */
    Language candidateLanguage() {
        return contact().language();
    }

    /** The interview's own contact details, field by field, over the profile's. */
    DraftFacts.Contact candidate() {
        CandidateContact contact = contact();
        return new DraftFacts.Contact(contact.name(), contact.email(), contact.phone(), contact.linkedInUrl(),
                contact.signature());
    }

    private CandidateContact contact() {
        CandidateContact own = interview.candidate() == null
                ? new CandidateContact(null, null, null, null, null, null)
                : interview.candidate();
        return own.orElse(profile);
    }
}
