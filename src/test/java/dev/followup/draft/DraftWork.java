package dev.followup.draft;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.interview.Salutation;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

/**
 * What the benchmarks measure: the draft endpoint's CPU work for one kind of draft, without HTTP or the
 * database. One instance per thread: it counts its own seeds, so each draft in a language gets its next variant.
 */
final class DraftWork {

    /**
     * Every kind of draft the service writes, as {@code type/channel}: the follow-up types that have a draft
     * (move-on has none) on each channel they can be sent through. JMH's {@code @Param} lists repeat it.
     */
    static final List<String> KINDS = List.of("thank_you/email", "thank_you/handwritten_note",
            "linkedin_connection/linkedin", "status_check/email", "final_follow_up/email", "final_follow_up/phone",
            "rejection_feedback/email");

    private static final String[] INTERVIEWERS = {"Maria Lopez", "Sam Chen", "Lee Park"};
    private static final DraftFacts.Contact CANDIDATE = new DraftFacts.Contact("Jane Doe", "jane.doe@example.com",
            "+49 30 1234567", "https://www.linkedin.com/in/jane-doe", null);
    private static final List<String> TOPICS = List.of("migrating billing to event sourcing",
            "the on-call rotation", "API versioning");
    private static final List<String> SKILLS = List.of("Kafka", "incident response");
    /** Drafts written in each language before measuring: enough for the JIT to compile the draft path. */
    private static final int WARM_UP_ROUNDS = 20_000;

    static {
        // A replica logs at INFO. Without Quarkus booted, nothing sets a level, and Qute's trace line for each
        // expression it evaluates would be formatted and queued for a log handler that never comes.
        Logger.getLogger("").setLevel(Level.INFO);
    }

    private final DraftWriter writer = new DraftWriter(new DraftTemplates());
    private final FollowUpType type;
    private final Channel channel;
    /** Each language's next seed: every language goes through all variants, whatever the order of turns. */
    private final long[] seeds = new long[Language.values().length];

    /** @param kind {@code type/channel}, one of {@link #KINDS} */
    DraftWork(String kind) {
        String[] parts = kind.split("/");
        type = FollowUpType.valueOf(parts[0].toUpperCase(Locale.ROOT));
        channel = Channel.valueOf(parts[1].toUpperCase(Locale.ROOT));
    }

    /**
     * The service writes every language in one JVM, so its compiled code has seen them all: this kind is
     * first written in every language in turn. Measured alone, a language would get code specialised for it
     * (English's ASCII-only text, for one), which no replica runs.
     */
    DraftWork warmedUp() {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Language language : Language.values()) {
                draft(language);
            }
        }
        Arrays.fill(seeds, 0);
        return this;
    }

    /**
     * GET /follow-ups/{id}/draft to the first of three interviewers: the draft, the other interviewers'
     * drafts it must differ from when the type is sent to each of them (M4), and the quality check.
     */
    QualityReport draft(Language language) {
        long variant = seeds[language.ordinal()]++;
        DraftFacts facts = facts(language, 0, variant);
        Draft draft = writer.write(facts);
        List<String> siblings = type == FollowUpType.THANK_YOU || type == FollowUpType.LINKEDIN_CONNECTION
                ? List.of(writer.bodyOf(facts(language, 1, variant)), writer.bodyOf(facts(language, 2, variant)))
                : List.of();
        return QualityCheck.check(QualityCheck.Text.of(draft, language), facts, siblings);
    }

    private DraftFacts facts(Language language, int interviewer, long seed) {
        return new DraftFacts(type, channel, Tone.FORMAL, INTERVIEWERS[interviewer],
                "interviewer" + interviewer + "@acme.example", interviewer, "Acme Robotics",
                "Senior Backend Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6), TOPICS, SKILLS,
                LocalDate.of(2026, 3, 13), CANDIDATE, seed, language, interviewer == 0 ? Salutation.MS : null);
    }
}
