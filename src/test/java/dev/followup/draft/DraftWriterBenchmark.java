package dev.followup.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
import dev.followup.interview.Salutation;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

/**
 * The draft endpoint's CPU work without HTTP or the database, one thread (so ops/s is per core): the
 * writer renders the draft and, for a thank-you, the other interviewers' drafts it must differ from
 * (M4); the quality check then reads it. Run by {@code bench/run} through {@code ./mvnw exec:exec@jmh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DraftWriterBenchmark {

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
    private long seed;

    private DraftFacts facts(FollowUpType type, Channel channel, int interviewer, long seed) {
        return new DraftFacts(type, channel, Tone.FORMAL, INTERVIEWERS[interviewer],
                "interviewer" + interviewer + "@acme.example", interviewer, "Acme Robotics",
                "Senior Backend Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6), TOPICS, SKILLS,
                LocalDate.of(2026, 3, 13), CANDIDATE, seed, writtenIn, interviewer == 0 ? Salutation.MS : null);
    }

    /**
     * Every kind of draft the service writes, as {@code type/channel}: the follow-up types that have a
     * draft (move-on has none) on each channel they can be sent through.
     */
    @Param({"thank_you/email", "thank_you/handwritten_note", "linkedin_connection/linkedin", "status_check/email",
            "final_follow_up/email", "final_follow_up/phone", "rejection_feedback/email"})
    public String kind;

    /** The language drafts are written in: each should cost what English does. */
    @Param({"en", "de", "fr", "es"})
    public String language;

    private FollowUpType type;
    private Language writtenIn;
    private Channel channel;

    @Setup
    public void parseKind() {
        String[] parts = kind.split("/");
        type = FollowUpType.valueOf(parts[0].toUpperCase(Locale.ROOT));
        channel = Channel.valueOf(parts[1].toUpperCase(Locale.ROOT));
        writtenIn = Language.ofPrimaryTag(language).orElseThrow();
        seeEveryLanguage();
    }

    /**
     * The service writes every language in one JVM, so its compiled code has seen them all: each fork
     * first writes this kind in every language, then measures its own. Measured alone, a language would
     * get code specialised for it (English's ASCII-only text, for one), which no replica runs.
     */
    private void seeEveryLanguage() {
        Language own = writtenIn;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Language other : Language.values()) {
                writtenIn = other;
                draft();
            }
        }
        writtenIn = own;
        seed = 0;
    }

    /**
     * GET /follow-ups/{id}/draft to the first of three interviewers: the draft, the other interviewers'
     * drafts it must differ from when the type is sent to each of them (M4), and the quality check.
     */
    @Benchmark
    public QualityReport draft() {
        long variant = seed++;
        DraftFacts facts = facts(type, channel, 0, variant);
        Draft draft = writer.write(facts);
        List<String> siblings = type == FollowUpType.THANK_YOU || type == FollowUpType.LINKEDIN_CONNECTION
                ? List.of(writer.bodyOf(facts(type, channel, 1, variant)),
                        writer.bodyOf(facts(type, channel, 2, variant)))
                : List.of();
        return QualityCheck.check(QualityCheck.Text.of(draft, writtenIn), facts, siblings);
    }
}
