package dev.followup.draft;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.followup.language.Language;

/**
 * The draft endpoint's CPU work ({@link DraftWork}) for each kind and language, one thread (so ops/s is
 * per core). Run by {@code bench/run} through {@code ./mvnw exec:exec@jmh}; {@link DraftLanguagePairBenchmark}
 * compares the languages with English.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DraftWriterBenchmark {

    /** The kind of draft, as {@code type/channel}: every one in {@link DraftWork#KINDS}. */
    @Param({"thank_you/email", "thank_you/handwritten_note", "linkedin_connection/linkedin", "status_check/email",
            "final_follow_up/email", "final_follow_up/phone", "rejection_feedback/email"})
    public String kind;

    /** The language drafts are written in. */
    @Param({"en", "de", "fr", "es"})
    public String language;

    private DraftWork work;
    private Language writtenIn;

    @Setup
    public void warmUp() {
        writtenIn = Language.ofPrimaryTag(language).orElseThrow();
        work = new DraftWork(kind).warmedUp();
    }

    @Benchmark
    public QualityReport draft() {
        return work.draft(writtenIn);
    }
}
