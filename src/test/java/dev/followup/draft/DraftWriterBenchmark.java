package dev.followup.draft;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.followup.interview.Channel;
import dev.followup.interview.InterviewRound;
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

    private final DraftWriter writer = new DraftWriter(new DraftTemplates());
    private long seed;

    private static DraftFacts facts(FollowUpType type, Channel channel, int interviewer, long seed) {
        return new DraftFacts(type, channel, Tone.FORMAL, INTERVIEWERS[interviewer],
                "interviewer" + interviewer + "@acme.example", interviewer, "Acme Robotics",
                "Senior Backend Engineer", InterviewRound.TECHNICAL, LocalDate.of(2026, 3, 6), TOPICS, SKILLS,
                LocalDate.of(2026, 3, 13), CANDIDATE, seed);
    }

    /** GET /follow-ups/{id}/draft for a thank-you email to one of three interviewers. */
    @Benchmark
    public QualityReport thankYouEmail() {
        long variant = seed++;
        Draft draft = writer.write(facts(FollowUpType.THANK_YOU, Channel.EMAIL, 0, variant));
        List<String> siblings = List.of(writer.write(facts(FollowUpType.THANK_YOU, Channel.EMAIL, 1, variant)).body(),
                writer.write(facts(FollowUpType.THANK_YOU, Channel.EMAIL, 2, variant)).body());
        return QualityCheck.check(QualityCheck.Text.of(draft), facts(FollowUpType.THANK_YOU, Channel.EMAIL, 0, variant),
                siblings);
    }

    /** GET /follow-ups/{id}/draft for a status check, which has no siblings to compare with. */
    @Benchmark
    public QualityReport statusCheckEmail() {
        DraftFacts facts = facts(FollowUpType.STATUS_CHECK, Channel.EMAIL, 0, seed++);
        return QualityCheck.check(QualityCheck.Text.of(writer.write(facts)), facts, List.of());
    }
}
