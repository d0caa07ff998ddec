package dev.followup.draft;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.followup.candidate.CandidateContact;
import dev.followup.candidate.CandidateProfileService;
import dev.followup.etag.StaleVersionException;
import dev.followup.etag.VersionTag;
import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.interview.Channel;
import dev.followup.interview.InterviewService;
import dev.followup.language.Language;
import dev.followup.language.LanguageChoice;
import dev.followup.problem.WireEnum;
import dev.followup.schedule.FollowUpResponse;
import dev.followup.schedule.FollowUpService;
import dev.followup.validation.InvalidParameterException;

/**
 * Reads what a draft is written from (the follow-up, its interview, the candidate's profile) through
 * their services, has the pure writer write it and the quality check read it. Generating writes nothing.
 * Reads run without a transaction: the request's session then only reads and is never flushed.
 */
@ApplicationScoped
public class DraftService {

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final FollowUpService followUps;
    private final InterviewService interviews;
    private final CandidateProfileService profiles;
    private final DraftWriter writer;

    DraftService(Clock clock, CurrentCaller currentCaller, FollowUpService followUps, InterviewService interviews,
            CandidateProfileService profiles, DraftTemplates templates) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.followUps = followUps;
        this.interviews = interviews;
        this.profiles = profiles;
        this.writer = new DraftWriter(templates);
    }

    /** The record of a save: the saved draft and whether this save created it. */
    public record Saved(SavedDraftResponse draft, boolean created) {
    }

    /**
     * @param requested the language the request asks for; without one, the candidate's setting, else English
     */
    public DraftResponse generate(UUID followUpId, Channel requestedChannel, Tone tone, Optional<Language> requested) {
        DraftSource source = source(followUpId);
        Channel channel = channelFor(source.item(), requestedChannel);
        Language language = languageOf(source, requested);
        DraftFacts facts = source.facts(channel, tone, source.recipientIndex(), language);
        Draft draft = writer.write(facts);
        QualityReport quality = QualityCheck.check(QualityCheck.Text.of(draft, language), facts,
                siblings(source, channel, tone, language));
        return new DraftResponse(followUpId, draft.type(), channel, tone, language, draft.variant(), draft.subject(),
                draft.body(), draft.mailto(), quality);
    }

    @Transactional
    public Saved save(UUID followUpId, String ifMatch, SavedDraftRequest request, Optional<Language> requested) {
        Caller caller = currentCaller.get();
        DraftSource source = source(followUpId);
        Channel channel = channelFor(source.item(), request.channel());
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
        saved.language = request.language() != null ? request.language() : languageOf(source, requested);
        saved.modifiedAt = now;
        saved.modifiedBy = caller.actorId();
        saved.persistAndFlush();
        return new Saved(SavedDraftResponse.from(saved,
                checkAgainst(source, channel, saved.subject, saved.body, saved.language)), created);
    }

    public SavedDraftResponse saved(UUID followUpId, Optional<Language> requested) {
        Caller caller = currentCaller.get();
        DraftSource source = source(followUpId);
        SavedDraft saved = SavedDraft.findById(new SavedDraft.Key(caller.tenantId(), followUpId));
        if (saved == null) {
            throw new SavedDraftNotFoundException();
        }
        // Read in the language it was written in; one saved before languages were kept, in the one asked for.
        Language language = saved.language != null ? saved.language : languageOf(source, requested);
        return SavedDraftResponse.from(saved, checkAgainst(source, saved.channel, saved.subject, saved.body, language));
    }

    /** Checks any text by the drafts' rules; against its follow-up when one is named. */
    public QualityReport check(CheckRequest request, Optional<Language> requested) {
        currentCaller.get(); // who may check is decided as for every other operation
        if (request.followUpId() == null) {
            Language language = request.language() != null
                    ? request.language()
                    : requested.orElseGet(() -> LanguageChoice.orDefault(
                            profiles.contact().map(CandidateContact::language).orElse(null)));
            return QualityCheck.check(new QualityCheck.Text(request.type(), request.channel(), request.subject(),
                    request.body(), language));
        }
        DraftSource source = source(request.followUpId());
        if (source.item().type() != request.type()) {
            throw new InvalidParameterException("type", "must be the follow-up's type, "
                    + WireEnum.nameOf(source.item().type()));
        }
        return checkAgainst(source, channelFor(source.item(), request.channel()), request.subject(),
                request.body(), request.language() != null ? request.language() : languageOf(source, requested));
    }

    private QualityReport checkAgainst(DraftSource source, Channel channel, String subject, String body,
            Language language) {
        DraftFacts facts = source.facts(channel, Tone.FORMAL, source.recipientIndex(), language);
        return QualityCheck.check(new QualityCheck.Text(source.item().type(), channel, subject, body, language),
                facts, siblings(source, channel, Tone.FORMAL, language));
    }

    /** M4: the drafts the same type of message gets for the interview's other interviewers. */
    private List<String> siblings(DraftSource source, Channel channel, Tone tone, Language language) {
        return source.siblingIndexes().stream()
                .map(index -> writer.bodyOf(source.facts(channel, tone, index, language)))
                .toList();
    }

    /** The language asked for, else the one set for the interview or on the profile, else English. */
    private static Language languageOf(DraftSource source, Optional<Language> requested) {
        return requested.orElseGet(() -> LanguageChoice.orDefault(source.candidateLanguage()));
    }

    private static Channel channelFor(FollowUpResponse item, Channel requested) {
        Set<Channel> allowed = DraftWriter.channelsFor(item.type());
        if (allowed.isEmpty()) {
            throw new NothingToDraftException();
        }
        Channel channel = requested != null
                ? requested
                : allowed.contains(item.channel()) ? item.channel() : allowed.iterator().next();
        if (!allowed.contains(channel)) {
            throw new InvalidParameterException("channel", "a " + WireEnum.nameOf(item.type())
                    + " can be written for " + allowed.stream().map(WireEnum::nameOf)
                            .collect(Collectors.joining(", ")));
        }
        return channel;
    }

    /** The follow-up, its interview and the profile, each read through its own feature's service. */
    private DraftSource source(UUID followUpId) {
        FollowUpResponse item = followUps.get(followUpId, Optional.of(Language.ENGLISH)); // its reason is not used
        return new DraftSource(item, interviews.get(item.interviewId()), profiles.contact().orElse(null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
