package dev.followup.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one phase sent and what came back: replies by class, second by second (for the fault phase),
 * contract breaches and unexpected outcomes with a few examples of each.
 */
final class Tally {

    private static final int SECONDS = 3600;
    private static final int EXAMPLES = 40;

    final String phase;
    private final long startedNanos = System.nanoTime();
    final LongAdder requests = new LongAdder();
    final LongAdder success = new LongAdder();
    final LongAdder clientErrors = new LongAdder();
    final LongAdder unavailable = new LongAdder();
    /** Transport failures that are a refused connection: the request never reached the service. */
    final LongAdder refused = new LongAdder();
    /** 503 answers that do not say when to try again. */
    final LongAdder withoutRetryAfter = new LongAdder();
    final LongAdder serverErrors = new LongAdder();
    final LongAdder transportErrors = new LongAdder();
    final LongAdder notProblemDocuments = new LongAdder();
    final LongAdder stackTraces = new LongAdder();
    final LongAdder contractBreaches = new LongAdder();
    final LongAdder unexpected = new LongAdder();
    private final AtomicLongArray answeredPerSecond = new AtomicLongArray(SECONDS);
    private final AtomicLongArray unavailablePerSecond = new AtomicLongArray(SECONDS);
    private final AtomicLongArray failedPerSecond = new AtomicLongArray(SECONDS);
    private final AtomicLongArray slowestPerSecond = new AtomicLongArray(SECONDS);
    private final List<String> examples = Collections.synchronizedList(new ArrayList<>());
    private final java.util.Set<String> kinds = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Tally(String phase) {
        this.phase = phase;
    }

    /** Seconds since the phase began. */
    double elapsed() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    void count(Http.Reply reply) {
        requests.increment();
        int second = (int) Math.min(SECONDS - 1, (long) elapsed());
        slowestPerSecond.accumulateAndGet(second, reply.millis(), Math::max);
        int status = reply.status();
        if (status == 0) {
            transportErrors.increment();
            if (reply.failure() != null && reply.failure().startsWith("ConnectException")) {
                refused.increment();
            }
            failedPerSecond.incrementAndGet(second);
            example("transport failure", reply);
            return;
        }
        if (status >= 500) {
            if (!reply.isProblem()) {
                notProblemDocuments.increment();
                example("5xx without a problem document", reply);
            }
            if (status == 503) {
                unavailable.increment();
                unavailablePerSecond.incrementAndGet(second);
                if (reply.header("Retry-After").isEmpty()) {
                    withoutRetryAfter.increment();
                    example("503 without Retry-After", reply);
                }
            } else {
                serverErrors.increment();
                failedPerSecond.incrementAndGet(second);
                example("server error", reply);
            }
        } else {
            answeredPerSecond.incrementAndGet(second);
            if (status >= 400) {
                clientErrors.increment();
                if (!reply.isProblem() && status != 405) {
                    notProblemDocuments.increment();
                    example("4xx without a problem document", reply);
                }
            } else {
                success.increment();
            }
        }
        if (reply.hasStackTrace()) {
            stackTraces.increment();
            example("stack trace in the body", reply);
        }
    }

    void contractBreach(Http.Reply reply, List<String> breaches) {
        contractBreaches.increment();
        example("breaks the contract: " + String.join("; ", breaches), reply);
    }

    /** A reply the scenario did not expect (a 404 where 200 was due, say). */
    void unexpected(String what, Http.Reply reply) {
        unexpected.increment();
        example(what, reply);
    }

    /** Keeps the first example of each kind (what went wrong, method, status, first path segment). */
    private void example(String what, Http.Reply reply) {
        String kind = what + reply.method() + reply.status() + reply.path().replaceAll("^(/[^/?]*).*", "$1");
        if (examples.size() < EXAMPLES && kinds.add(kind)) {
            examples.add(what + ": " + reply.describe());
        }
    }

    List<String> examples() {
        synchronized (examples) {
            return List.copyOf(examples);
        }
    }

    long answered(int second) {
        return answeredPerSecond.get(second);
    }

    long unavailable(int second) {
        return unavailablePerSecond.get(second);
    }

    long failed(int second) {
        return failedPerSecond.get(second);
    }

    long slowestMillis(int second) {
        return slowestPerSecond.get(second);
    }
}
