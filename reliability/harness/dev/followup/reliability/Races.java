package dev.followup.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Clients racing on one resource: optimistic concurrency (ETags) and idempotent retries. */
final class Races {

    /** The outcome of the ETag races. */
    record EtagRaces(int rounds, int oneWinner, int lostUpdates, int missingIfMatchRefused, List<String> oddities) {
    }

    /** The outcome of many identical POSTs at once. */
    record IdempotentBurst(int posts, int created, int replayed, int inProgress, int other, int distinctIds,
            long rowsCreated, boolean otherBodyRefused) {
    }

    private final Http http;
    private final String token;

    Races(Http http, String token) {
        this.http = http;
        this.token = token;
    }

    /**
     * Two clients replace one interview with the same If-Match at the same moment: exactly one wins
     * (200), the other is told its version is stale (412), and the interview holds the winner's title.
     */
    EtagRaces etagRaces(int rounds, String tag) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int oneWinner = 0;
        int lost = 0;
        List<String> oddities = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                String remoteId = tag + "-race-" + round;
                Http.Reply created = http.post("/interviews").token(token)
                        .json(Bodies.interview(remoteId, "Original")).sendChecked();
                if (created.status() != 201) {
                    oddities.add("setup: " + created.describe());
                    continue;
                }
                String id = MixedLoad.field(created, "id");
                String etag = created.header("ETag").orElseThrow();
                CountDownLatch start = new CountDownLatch(1);
                Future<Http.Reply> first = pool.submit(replace(start, id, etag, remoteId, "Title A"));
                Future<Http.Reply> second = pool.submit(replace(start, id, etag, remoteId, "Title B"));
                start.countDown();
                Http.Reply a = first.get();
                Http.Reply b = second.get();
                Set<Integer> statuses = Set.of(a.status(), b.status());
                if (statuses.equals(Set.of(200, 412)) && a.status() != b.status()) {
                    oneWinner++;
                    String winner = a.status() == 200 ? "Title A" : "Title B";
                    Http.Reply now = http.get("/interviews/" + id).token(token).sendChecked();
                    if (!winner.equals(MixedLoad.field(now, "jobTitle"))) {
                        lost++;
                        oddities.add("the winner's write is not what the interview holds: " + now.describe());
                    }
                } else if (oddities.size() < 5) {
                    oddities.add("round " + round + ": " + a.status() + " and " + b.status() + " / "
                            + b.describe());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Http.Reply created = http.post("/interviews").token(token)
                .json(Bodies.interview(tag + "-no-if-match", "Original")).sendChecked();
        Http.Reply withoutIfMatch = http.put("/interviews/" + MixedLoad.field(created, "id")).token(token)
                .json(Bodies.interview(tag + "-no-if-match", "Blind write")).sendChecked();
        return new EtagRaces(rounds, oneWinner, lost, withoutIfMatch.status() == 428 ? 1 : 0, oddities);
    }

    private Callable<Http.Reply> replace(CountDownLatch start, String id, String etag, String remoteId,
            String title) {
        return () -> {
            start.await();
            return http.put("/interviews/" + id).token(token).header("If-Match", etag)
                    .json(Bodies.interview(remoteId, title)).sendChecked();
        };
    }

    /**
     * The same POST with one Idempotency-Key, {@code posts} times at once: one interview is created and
     * every answer names it; a 409 (the first is still being written) is retried until it is answered.
     */
    IdempotentBurst idempotentBurst(int posts, String tag, java.util.function.LongSupplier rows) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Bodies.interview(tag + "-burst", "Backend Engineer");
        long before = rows.getAsLong();
        ExecutorService pool = Executors.newFixedThreadPool(posts);
        int created = 0;
        int replayed = 0;
        int inProgress = 0;
        int other = 0;
        Set<String> ids = new HashSet<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Http.Reply>>> replies = new ArrayList<>();
            for (int n = 0; n < posts; n++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    List<Http.Reply> attempts = new ArrayList<>();
                    for (int attempt = 0; attempt < 50; attempt++) {
                        Http.Reply reply = http.post("/interviews").token(token).header("Idempotency-Key", key)
                                .json(body).sendChecked();
                        attempts.add(reply);
                        if (reply.status() != 409) {
                            break;
                        }
                        Thread.sleep(100);
                    }
                    return attempts;
                }));
            }
            start.countDown();
            for (Future<List<Http.Reply>> future : replies) {
                for (Http.Reply reply : future.get()) {
                    if (reply.status() == 201) {
                        ids.add(MixedLoad.field(reply, "id"));
                        if (reply.header("Idempotent-Replayed").isPresent()) {
                            replayed++;
                        } else {
                            created++;
                        }
                    } else if (reply.status() == 409) {
                        inProgress++;
                    } else {
                        other++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Http.Reply otherBody = http.post("/interviews").token(token).header("Idempotency-Key", key)
                .json(Bodies.interview(tag + "-burst", "Another title")).sendChecked();
        return new IdempotentBurst(posts, created, replayed, inProgress, other, ids.size(), rows.getAsLong() - before,
                otherBody.status() == 422);
    }

    /** A batch of 100 upserts with one bad item, then the same batch again with its Idempotency-Key. */
    record Batch(int status, int succeeded, int refusedIndex, long rowsAfterFirst, int replayStatus,
            boolean replayed, long rowsAfterReplay) {
    }

    /**
     * An integration's batch of 100 items for ten candidates, item 42 naming a country that does not
     * exist: the 99 good ones are stored, the bad one is refused on its own; the retry writes nothing.
     */
    Batch batchWithOneBadItem(String integrationToken, String tag, java.util.function.LongSupplier rows) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            String interview = Bodies.interview(tag + "-batch-" + i, "Backend Engineer")
                    .replace(",\"source\":\"greenhouse\",\"remoteId\":\"" + tag + "-batch-" + i + "\"", "");
            if (i == 42) {
                interview = interview.replace("\"countryCode\":\"DE\"", "\"countryCode\":\"XX\"");
            }
            items.append(i == 0 ? "" : ",").append("{\"candidateId\":\"").append(tag).append("-c").append(i % 10)
                    .append("\",\"source\":\"greenhouse\",\"remoteId\":\"").append(tag).append("-batch-").append(i)
                    .append("\",\"interview\":").append(interview).append('}');
        }
        String body = "{\"items\":[" + items + "]}";
        String key = UUID.randomUUID().toString();
        Http.Reply first = http.post("/interviews/batch").token(integrationToken).header("Idempotency-Key", key)
                .json(body).sendChecked();
        long afterFirst = rows.getAsLong();
        var tree = MixedLoad.tree(first);
        int refused = -1;
        for (var result : tree.path("results")) {
            if (result.path("problem").isObject()) {
                refused = refused == -1 ? result.path("index").asInt() : -2;
            }
        }
        Http.Reply again = http.post("/interviews/batch").token(integrationToken).header("Idempotency-Key", key)
                .json(body).sendChecked();
        return new Batch(first.status(), tree.path("succeeded").asInt(), refused, afterFirst, again.status(),
                again.header("Idempotent-Replayed").isPresent(), rows.getAsLong());
    }
}
