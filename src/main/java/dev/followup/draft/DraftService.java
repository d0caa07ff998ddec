package dev.followup.draft;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.followup.candidate.CandidateProfile;
import dev.followup.etag.StaleVersionException;
import dev.followup.etag.VersionTag;
import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.interview.Channel;
import dev.followup.interview.Interview;
import dev.followup.interview.InterviewNotFoundException;
import dev.followup.interview.Interviewer;
import dev.followup.schedule.FollowUp;
import dev.followup.schedule.FollowUpNotFoundException;
import dev.followup.schedule.FollowUpType;
import dev.followup.validation.InvalidParameterException;
import dev.followup.validation.WireEnum;

/**
 * Loads what a draft is written from (the follow-up, its interview, the candidate's profile),
 * has the pure writer write it and the quality check read it. Generating writes nothing.
 * Reads run without a transaction: the request's session then only reads and is never flushed.
 */
@ApplicationScoped
public class DraftService {

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final DraftWriter writer;

    DraftService(Clock clock, CurrentCaller currentCaller, DraftTemplates templates) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.writer = new DraftWriter(templates);
    }

    /** The record of a save: the saved draft and whether this save created it. */
    public record Saved(SavedDraftResponse draft, boolean created) {
    }

    public DraftResponse generate(UUID followUpId, Channel requestedChannel, Tone tone) {
        Context context = context(currentCaller.get(), followUpId);
        Channel channel = channelFor(context.item(), requestedChannel);
        DraftFacts facts = context.facts(channel, tone, context.recipientIndex());
        Draft draft = writer.write(facts);
        QualityReport quality = QualityCheck.check(draft.type(), channel, draft.subject(), draft.body(),
                facts.interviewerName(), facts.topics(), facts.candidate().email(), context.userSupplied(),
                siblings(context, channel, tone));
        return new DraftResponse(followUpId, draft.type(), channel, tone, draft.variant(), draft.subject(),
                draft.body(), draft.mailto(), quality);
    }

    @Transactional
    public Saved save(UUID followUpId, String ifMatch, SavedDraftRequest request) {
        Caller caller = currentCaller.get();
        Context context = context(caller, followUpId);
        Channel channel = channelFor(context.item(), request.channel());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var key = new SavedDraft.Key(caller.tenantId(), followUpId);
        SavedDraft saved = SavedDraft.findById(key);
        boolean created = saved == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new StaleVersionException();
            }
            saved = new SavedDraft();
            saved.key = key;
            saved.ownerId = caller.ownerId();
            saved.createdAt = now;
            saved.createdBy = caller.actorId();
        } else {
            VersionTag.check(ifMatch, saved.version, false);
        }
        saved.channel = channel;
        saved.tone = request.tone();
        saved.subject = channel == Channel.EMAIL ? blankToNull(request.subject()) : null;
        saved.body = request.body().strip();
        saved.modifiedAt = now;
        saved.modifiedBy = caller.actorId();
        saved.persistAndFlush();
        return new Saved(SavedDraftResponse.from(saved, checkAgainst(context, channel, saved.subject, saved.body)),
                created);
    }

    public SavedDraftResponse saved(UUID followUpId) {
        Caller caller = currentCaller.get();
        Context context = context(caller, followUpId);
        SavedDraft saved = SavedDraft.findById(new SavedDraft.Key(caller.tenantId(), followUpId));
        if (saved == null) {
            throw new SavedDraftNotFoundException();
        }
        return SavedDraftResponse.from(saved, checkAgainst(context, saved.channel, saved.subject, saved.body));
    }

    /** Checks any text by the drafts' rules; against its follow-up when one is named. */
    public QualityReport check(CheckRequest request) {
        Caller caller = currentCaller.get(); // who may check is decided as for every other operation
        if (request.followUpId() == null) {
            return QualityCheck.check(request.type(), request.channel(), request.subject(), request.body(), null,
                    List.of(), null, List.of(), List.of());
        }
        Context context = context(caller, request.followUpId());
        if (context.item().type != request.type()) {
            throw new InvalidParameterException("type", "must be the follow-up's type, "
                    + WireEnum.nameOf(context.item().type));
        }
        return checkAgainst(context, channelFor(context.item(), request.channel()), request.subject(),
                request.body());
    }

    private QualityReport checkAgainst(Context context, Channel channel, String subject, String body) {
        DraftFacts facts = context.facts(channel, Tone.FORMAL, context.recipientIndex());
        return QualityCheck.check(context.item().type, channel, subject, body, facts.interviewerName(),
                facts.topics(), facts.candidate().email(), context.userSupplied(),
                siblings(context, channel, Tone.FORMAL));
    }

    /** M4: the drafts the same type of message gets for the interview's other interviewers. */
    private List<String> siblings(Context context, Channel channel, Tone tone) {
        FollowUpType type = context.item().type;
        if (type != FollowUpType.THANK_YOU && type != FollowUpType.LINKEDIN_CONNECTION) {
            return List.of();
        }
        List<String> bodies = new ArrayList<>();
        List<Interviewer> interviewers = context.interview().interviewers;
        for (int index = 0; index < interviewers.size(); index++) {
            if (index != context.recipientIndex()) {
                bodies.add(writer.write(context.facts(channel, tone, index)).body());
            }
        }
        return bodies;
    }

    private static Channel channelFor(FollowUp item, Channel requested) {
        Set<Channel> allowed = DraftWriter.channelsFor(item.type);
        if (allowed.isEmpty()) {
            throw new NothingToDraftException();
        }
        Channel channel = requested != null
                ? requested
                : allowed.contains(item.channel) ? item.channel : allowed.iterator().next();
        if (!allowed.contains(channel)) {
            throw new InvalidParameterException("channel", "a " + WireEnum.nameOf(item.type)
                    + " can be written for " + allowed.stream().map(WireEnum::nameOf)
                            .collect(Collectors.joining(", ")));
        }
        return channel;
    }

    private static Context context(Caller caller, UUID followUpId) {
        FollowUp item = FollowUp.<FollowUp>find("tenantId = ?1 and ownerId = ?2 and id = ?3", caller.tenantId(),
                caller.ownerId(), followUpId).firstResultOptional()
                .orElseThrow(() -> new FollowUpNotFoundException(followUpId));
        Interview interview = Interview.<Interview>find("tenantId = ?1 and ownerId = ?2 and id = ?3",
                caller.tenantId(), caller.ownerId(), item.interviewId).firstResultOptional()
                .orElseThrow(() -> new InterviewNotFoundException(item.interviewId));
        CandidateProfile profile = CandidateProfile.<CandidateProfile>find("tenantId = ?1 and ownerId = ?2",
                caller.tenantId(), caller.ownerId()).firstResult();
        return new Context(item, interview, profile);
    }

    private static String either(String own, String fallback) {
        return own != null ? own : fallback;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A follow-up with its interview and the candidate's profile. */
    private record Context(FollowUp item, Interview interview, CandidateProfile profile) {

        int recipientIndex() {
            List<Interviewer> interviewers = interview.interviewers;
            for (int index = 0; index < interviewers.size(); index++) {
                if (interviewers.get(index).id.equals(item.interviewerId)) {
                    return index;
                }
            }
            return 0;
        }

        DraftFacts facts(Channel channel, Tone tone, int recipient) {
            List<Interviewer> interviewers = interview.interviewers;
            Interviewer to = recipient < interviewers.size() ? interviewers.get(recipient) : null;
            String name = to != null ? to.name : item.interviewerName;
            if (name == null) {
                throw new MissingDraftDataException("interviewers", "The interview has no interviewer to write to.");
            }
            DraftFacts.Contact candidate = candidate();
            if (candidate.name() == null || candidate.name().isBlank()) {
                throw new MissingDraftDataException("candidate.name", "A draft is signed with your name: save it "
                        + "with PUT /candidate-profile, or set candidate.name on the interview.");
            }
            LocalDate day = interview.endAt.atZone(ZoneId.of(interview.timeZone)).toLocalDate();
            return new DraftFacts(item.type, channel, tone, name, to == null ? null : to.email, recipient,
                    interview.companyName, interview.jobTitle, interview.round, day, List.copyOf(interview.topics),
                    List.copyOf(interview.skills), interview.expectedDecisionDate, candidate,
                    interview.id.getLeastSignificantBits());
        }

        /** The interview's own contact details, field by field, over the profile's. */
        DraftFacts.Contact candidate() {
            return new DraftFacts.Contact(
                    either(interview.candidateName, profile == null ? null : profile.name),
                    either(interview.candidateEmail, profile == null ? null : profile.email),
                    either(interview.candidatePhone, profile == null ? null : profile.phone),
                    either(interview.candidateLinkedinUrl,
                            profile == null ? null : profile.linkedinUrl),
                    either(interview.candidateSignature,
                            profile == null ? null : profile.signature));
        }

        /** What the candidate or the ATS typed, checked for emojis and slang (M6). */
        List<String> userSupplied() {
            List<String> texts = new ArrayList<>(interview.topics);
            texts.addAll(interview.skills);
            DraftFacts.Contact candidate = candidate();
            if (candidate.signature() != null) {
                texts.add(candidate.signature());
            }
            return texts;
        }
    }
}
