package dev.followup.draft;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
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
 * Issue 18: a language's draft throughput beside English's. Each operation writes one draft of the kind
 * ({@link DraftWork}), in English and in the other language by turns on one thread, and times it: each
 * language's throughput is its drafts over the time spent writing them, reported as JMH's auxiliary
 * counters. A shared VM's neighbours move throughput by a third within a second, and one core's more than
 * the other's, which measurements taken one after the other or on two threads carry into their ratio;
 * drafts taken by turns on one core meet the same moments. Run by {@code bench/languages}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DraftLanguagePairBenchmark {

    /** The kind of draft, as {@code type/channel}: every one in {@link DraftWork#KINDS}. */
    @Param({"thank_you/email", "thank_you/handwritten_note", "linkedin_connection/linkedin", "status_check/email",
            "final_follow_up/email", "final_follow_up/phone", "rejection_feedback/email"})
    public String kind;

    /** The language compared with English. */
    @Param({"de", "fr", "es"})
    public String language;

    private DraftWork work;
    private Language other;
    private boolean englishNext = true;

    /**
     * Drafts written and nanoseconds spent, per language: JMH zeroes them before each iteration and reports
     * their sums over the measured ones.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Spent {

        public long englishDrafts;
        public long englishNanos;
        public long otherDrafts;
        public long otherNanos;
    }

    @Setup
    public void warmUp() {
        other = Language.ofPrimaryTag(language).orElseThrow();
        work = new DraftWork(kind).warmedUp();
    }

    @Benchmark
    public QualityReport byTurns(Spent spent) {
        boolean english = englishNext;
        englishNext = !english;
        long start = System.nanoTime();
        QualityReport report = work.draft(english ? Language.ENGLISH : other);
        long nanos = System.nanoTime() - start;
        if (english) {
            spent.englishDrafts++;
            spent.englishNanos += nanos;
        } else {
            spent.otherDrafts++;
            spent.otherNanos += nanos;
        }
        return report;
    }
}
