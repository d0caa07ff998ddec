package dev.followup.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reliability suite's phases against a running service, in order: load, database faults under
 * load, racing clients, and contract-driven bad input. Started by {@code reliability/run}, which
 * packages and starts the service and passes:
 *
 * <pre>
 * --base URL --key PRIVATE_PEM --issuer ISSUER --jdbc URL --pg-version 15 --load-seconds 300
 * --fault-seconds 90 --clients 32 --out reliability/results/reliability --lint-status N --lint-file FILE
 * --mode full --environment FILE
 * </pre>
 */
public final class ReliabilitySuite {

    private final Map<String, String> options;
    private final Findings findings = new Findings();
    private final List<Tally> tallies = new ArrayList<>();
    private final Contract contract = new Contract();
    private final Tokens tokens;
    private final String tag = "r" + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private int faultsInjected;
    private long writesLost;

    private ReliabilitySuite(Map<String, String> options) throws Exception {
        this.options = options;
        this.tokens = new Tokens(Path.of(options.get("key")), options.get("issuer"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ReliabilitySuite suite = new ReliabilitySuite(options);
        suite.run();
        System.exit(suite.findings.allPassed() ? 0 : 1);
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private Http http(Tally tally) {
        tallies.add(tally);
        return new Http(option("base"), tally, contract);
    }

    private void run() throws Exception {
        if (Boolean.parseBoolean(options.getOrDefault("replicas", "false"))) {
            replicas();
            logs();
            summary();
            findings.write(Path.of(option("out")), "# Reliability suite results (two replicas, " + option("mode")
                    + " run, " + java.time.LocalDate.now() + ")\n\n"
                    + Files.readString(Path.of(option("environment"))));
            return;
        }
        lint();
        // Left hanging from the start, so that the idle timeout has run out by the time the edge is checked.
        Edge edge = new Edge(option("base"), option("management"), tokens.candidate(tag + "-e", "edge"));
        Duration patience = Duration.ofSeconds(Long.parseLong(options.getOrDefault("idle-timeout", "30")) + 20);
        var halfHead = edge.halfSentHead(patience);
        var halfBody = edge.halfSentBody(patience);
        load();
        fault();
        races();
        fuzz();
        edge(edge, halfHead.get(), halfBody.get());
        shutdown();
        logs();
        summary();
        findings.write(Path.of(option("out")), "# Reliability suite results (" + option("mode") + " run, "
                + java.time.LocalDate.now() + ")\n\n" + Files.readString(Path.of(option("environment"))));
    }

    private void lint() throws java.io.IOException {
        findings.check("contract", "Spectral (spectral:oas) on openapi/openapi.yaml", "no errors",
                Files.readString(Path.of(option("lint-file"))).strip(), option("lint-status").equals("0"));
    }

    /** Mixed reads and writes of two tenants at fixed concurrency: no 5xx, nothing lost, nothing leaked. */
    private void load() throws Exception {
        Tally tally = new Tally("load");
        Ledger ledger = new Ledger();
        int clients = Integer.parseInt(option("clients"));
        Duration duration = Duration.ofSeconds(Long.parseLong(option("load-seconds")));
        List<String> tenants = List.of(tag + "-a", tag + "-b");
        MixedLoad load = new MixedLoad(http(tally), tally, ledger, tokens, tag);
        Deliveries receiver = new Deliveries();
        Map<String, String> secrets = subscribe(tenants, receiver);
        Deliveries.Follower follower = new Deliveries.Follower(option("base"),
                tokens.integration(tenants.get(0), tag + "-stream"));
        follower.start();
        // The receiver goes down for a minute (a fifth of a shorter load) from 40 % of the load on; the
        // live stream drops when it comes back, and resumes with its last id.
        long downFor = Math.min(60, duration.toSeconds() / 5);
        Thread outage = new Thread(() -> {
            try {
                Thread.sleep(duration.toMillis() * 2 / 5);
                receiver.down();
                Thread.sleep(downFor * 1000);
                receiver.up();
                follower.drop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "receiver-outage");
        outage.start();
        System.out.printf("load: %d clients in 2 tenants for %s; the webhook receiver down for %d s from %d s%n",
                clients, duration, downFor, duration.toSeconds() * 2 / 5);
        load.run(tenants, clients / 2, duration);
        outage.join();
        Ledger.Audit audit = ledger.audit(option("jdbc"), "postgres", Set.copyOf(tenants));
        writesLost += audit.lost();
        findings.figure("load", "requests sent in " + duration.toSeconds() + " s by " + clients + " clients",
                tally.requests.sum() + " (" + Math.round(tally.requests.sum() / (double) duration.toSeconds())
                        + " /s)");
        findings.check("load", "5xx answers", "0", tally.serverErrors.sum() + tally.unavailable.sum(),
                tally.serverErrors.sum() + tally.unavailable.sum() == 0);
        findings.check("load", "transport failures (refused, reset, timed out)", "0", tally.transportErrors.sum(),
                tally.transportErrors.sum() == 0);
        findings.check("load", "answers other than the expected status", "0", tally.unexpected.sum(),
                tally.unexpected.sum() == 0);
        findings.check("load", "sampled answers breaking the OpenAPI contract (1 in 10 checked)", "0",
                tally.contractBreaches.sum(), tally.contractBreaches.sum() == 0);
        writes("load", ledger, audit, load);
        findings.check("load", "other candidates' interviews read or replaced (of " + load.probes.sum()
                + " probes across and within tenants)", "0", load.isolationBreaches.sum(),
                load.isolationBreaches.sum() == 0 && load.probes.sum() > 0);
        findings.figure("load", "lists and agendas checked for other candidates' items", load.listingsChecked.sum());
        events("load", tenants, receiver, secrets, follower, true);
    }

    private Map<String, String> subscribe(List<String> tenants, Deliveries receiver) throws Exception {
        Map<String, String> secrets = new HashMap<>();
        for (String tenant : tenants) {
            secrets.put(tenant, Deliveries.subscribe(option("base"), tokens.integration(tenant, tag + "-hooks"),
                    receiver.url()));
        }
        return secrets;
    }

    /**
     * After a load: every event of the tenants delivered (at least once, with its own id as webhook-id), every
     * signature valid by the standardwebhooks npm package, and the live stream without a gap or a repeat.
     */
    private void events(String phase, List<String> tenants, Deliveries receiver, Map<String, String> secrets,
            Deliveries.Follower follower, boolean receiverFailed) throws Exception {
        Map<String, List<String>> byTenant = Deliveries.eventIds(option("jdbc"), Set.copyOf(tenants));
        Set<String> all = new java.util.HashSet<>();
        byTenant.values().forEach(all::addAll);
        Set<String> missing = receiver.awaitAll(all, Duration.ofMinutes(7));
        List<Deliveries.Received> received = receiver.received();
        long distinct = received.stream().map(Deliveries.Received::id).distinct().count();
        findings.check(phase, "committed events delivered to the webhook receiver (at least once)",
                "all " + all.size(), (all.size() - missing.size()) + " of " + all.size() + ", " + missing.size()
                        + " missing", missing.isEmpty() && !all.isEmpty());
        if (receiverFailed) {
            findings.figure(phase, "deliveries received (the same webhook-id more than once: retries whose "
                    + "answer was lost)", received.size() + " for " + distinct + " events");
        } else {
            findings.check(phase, "each event delivered once by the instances together", "no duplicates",
                    received.size() + " deliveries of " + distinct + " events", received.size() == distinct);
        }
        String verified = Deliveries.verifyWithNpm(received, secrets,
                Path.of(options.getOrDefault("work", "target/reliability")));
        findings.check(phase, "deliveries whose signature the standardwebhooks npm package verifies", "all",
                verified, verified.equals(received.size() + "/" + received.size()));
        follower.drop(); // one more resume, after the load, whatever happened during it
        String streamedTenant = tenants.get(0);
        int atLoadEnd = byTenant.get(streamedTenant).size();
        List<String> feed;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do { // the sweep may add events meanwhile: the stream must catch up with the feed as it is now
            Thread.sleep(500);
            feed = Deliveries.feedIds(option("jdbc"), Set.of(streamedTenant)).get(streamedTenant);
        } while (follower.ids.size() < feed.size() && System.nanoTime() < until);
        follower.stop();
        List<String> streamed = List.copyOf(follower.ids);
        boolean same = streamed.size() >= feed.size() && streamed.subList(0, feed.size()).equals(feed)
                && streamed.stream().distinct().count() == streamed.size();
        findings.check(phase, "live stream of one tenant against its feed (resumed with Last-Event-ID after "
                + follower.reconnects.get() + " drop(s))", "the same events, in order, no gap, no repeat",
                streamed.size() + " streamed, " + feed.size() + " in the feed (" + atLoadEnd + " at the end of the "
                        + "load), " + (same ? "identical" : "different"),
                same && atLoadEnd > 0 && follower.reconnects.get() > 0);
        receiver.close();
    }

    private void writes(String phase, Ledger ledger, Ledger.Audit audit, MixedLoad load) {
        findings.figure(phase, "acknowledged writes (201 registrations, 200 replacements)",
                ledger.acknowledgedCreates.sum() + " + " + ledger.acknowledgedUpdates.sum());
        findings.check(phase, "acknowledged writes missing or changed in the database", "0",
                audit.missing() + " missing, " + audit.wrongTitle() + " changed", audit.lost() == 0);
        findings.check(phase, "interviews in the database against registrations acknowledged", "equal",
                audit.rowsInDatabase() + " rows for " + audit.acknowledged() + " acknowledged",
                audit.rowsInDatabase() == audit.acknowledged());
        findings.check(phase, "writes still unacknowledged after retrying with their Idempotency-Key", "0",
                load.unresolvedWrites.sum(), load.unresolvedWrites.sum() == 0);
    }

    /**
     * PostgreSQL restarted, then stopped for a while, under load: 503 problems quickly while it is gone,
     * readiness down then up, recovery without a restart of the service, nothing acknowledged lost.
     */
    private void fault() throws Exception {
        Tally tally = new Tally("fault");
        Ledger ledger = new Ledger();
        Faults faults = new Faults(option("pg-version"));
        Tally readinessTally = new Tally("readiness");
        Thread watcher = faults.watchReadiness(new Http(option("management"), readinessTally, contract), tally);
        int seconds = Integer.parseInt(option("fault-seconds"));
        int restartAt = seconds * 2 / 9;
        int stopAt = seconds / 2;
        int outage = Math.max(5, seconds / 6);
        Thread injector = new Thread(() -> {
            try {
                sleepUntil(tally, restartAt);
                faults.postgres("restart", tally);
                sleepUntil(tally, stopAt);
                faults.postgres("stop", tally);
                sleepUntil(tally, stopAt + outage);
                faults.postgres("start", tally);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fault-injector");
        MixedLoad load = new MixedLoad(http(tally), tally, ledger, tokens, tag + "f");
        System.out.printf("fault: %d clients for %d s; PostgreSQL restarted at %d s, stopped at %d s for %d s%n",
                16, seconds, restartAt, stopAt, outage);
        injector.start();
        load.run(List.of(tag + "-f"), 16, Duration.ofSeconds(seconds));
        injector.join();
        watcher.interrupt();
        faultsInjected += faults.injected.size();
        Ledger.Audit audit = ledger.audit(option("jdbc"), "postgres", Set.of(tag + "-f"));
        writesLost += audit.lost();

        findings.figure("fault", "faults injected", faults.injected.stream()
                .map(f -> String.format("%s at %.1f s (%s)", f.what(), f.at(), f.succeeded() ? "done" : "FAILED"))
                .collect(Collectors.joining("; ")));
        findings.check("fault", "faults carried out", "all", faults.injected.size() + " of 3",
                faults.injected.stream().allMatch(Faults.Injected::succeeded) && faults.injected.size() == 3);
        findings.figure("fault", "requests sent", tally.requests.sum() + ", of which 503: " + tally.unavailable.sum()
                + ", transport failures: " + tally.transportErrors.sum());
        findings.check("fault", "5xx other than 503", "0", tally.serverErrors.sum(), tally.serverErrors.sum() == 0);
        findings.check("fault", "503 answers without Retry-After", "0", tally.withoutRetryAfter.sum(),
                tally.withoutRetryAfter.sum() == 0 && tally.unavailable.sum() > 0);
        findings.check("fault", "5xx that are not problem documents, or bodies with a stack trace", "0",
                tally.notProblemDocuments.sum() + tally.stackTraces.sum(),
                tally.notProblemDocuments.sum() + tally.stackTraces.sum() == 0);
        findings.check("fault", "answers other than the expected status, 503 aside", "0", tally.unexpected.sum(),
                tally.unexpected.sum() == 0);
        long slowest = 0;
        for (int second = restartAt; second < Math.min(seconds, stopAt + outage + 10); second++) {
            slowest = Math.max(slowest, tally.slowestMillis(second));
        }
        findings.check("fault", "slowest answer while the database was away", "under 10 s (no hangs)",
                slowest + " ms", slowest < 10_000);
        double stoppedAt = faults.injected.stream().filter(f -> f.action().equals("stop")).mapToDouble(
                Faults.Injected::at).findFirst().orElse(stopAt);
        double startedAt = faults.injected.stream().filter(f -> f.action().equals("start")).mapToDouble(
                Faults.Injected::endedAt).findFirst().orElse(stopAt + outage);
        boolean wentDown = faults.readiness.stream().anyMatch(r -> r.at() >= stoppedAt && r.status() != 200
                && r.at() < startedAt + 1);
        double startIssuedAt = faults.injected.stream().filter(f -> f.action().equals("start"))
                .mapToDouble(Faults.Injected::at).findFirst().orElse(stopAt + outage);
        double upAgain = faults.readiness.stream().filter(r -> r.at() >= startIssuedAt && r.status() == 200)
                .mapToDouble(Faults.Readiness::at).findFirst().orElse(Double.NaN);
        findings.figure("fault", "readiness (GET /q/health/ready) over time", faults.readiness.stream()
                .map(r -> String.format("%d at %.1f s", r.status(), r.at())).collect(Collectors.joining(", ")));
        findings.check("fault", "readiness down while PostgreSQL was stopped", "down", wentDown ? "down" : "stayed up",
                wentDown);
        findings.check("fault", "readiness up again after PostgreSQL was started", "within 30 s",
                Double.isNaN(upAgain) ? "never" : String.format("%.1f s", upAgain - startIssuedAt),
                !Double.isNaN(upAgain) && upAgain - startIssuedAt <= 30);
        List<Long> before = new ArrayList<>();
        for (int second = 3; second < restartAt; second++) {
            before.add(tally.answered(second));
        }
        before.sort(Long::compare);
        long baseline = before.isEmpty() ? 0 : before.get(before.size() / 2);
        int recovered = -1;
        for (int second = (int) Math.ceil(startedAt); second < seconds; second++) {
            if (tally.answered(second) >= 0.9 * baseline) {
                recovered = second;
                break;
            }
        }
        findings.check("fault", "back to 90 % of the answers per second before the faults (" + baseline + "/s)",
                "within 30 s of PostgreSQL starting",
                recovered < 0 ? "not within the phase" : String.format("%.1f s", recovered + 1 - startedAt),
                recovered >= 0 && recovered + 1 - startedAt <= 30);
        writes("fault", ledger, audit, load);
        StringBuilder timeline = new StringBuilder("### Fault phase, second by second\n\n"
                + "| second | answered | 503 | failed | slowest ms |\n|---|---|---|---|---|\n");
        for (int second = 0; second < seconds; second++) {
            timeline.append("| ").append(second).append(" | ").append(tally.answered(second)).append(" | ")
                    .append(tally.unavailable(second)).append(" | ").append(tally.failed(second)).append(" | ")
                    .append(tally.slowestMillis(second)).append(" |\n");
        }
        findings.section(timeline.toString());
    }

    private static void sleepUntil(Tally tally, double second) throws InterruptedException {
        double wait = second - tally.elapsed();
        if (wait > 0) {
            Thread.sleep((long) (wait * 1000));
        }
    }

    /** Two clients with one ETag; a hundred POSTs with one Idempotency-Key. */
    private void races() throws Exception {
        Tally tally = new Tally("races");
        String tenant = tag + "-r";
        Races races = new Races(http(tally), tokens.candidate(tenant, "racer"));
        Races.EtagRaces etag = races.etagRaces(50, tag);
        findings.check("races", "two PUTs with the same If-Match, 50 rounds: one 200 and one 412", "50 of 50",
                etag.oneWinner() + " of " + etag.rounds() + (etag.oddities().isEmpty() ? "" : " " + etag.oddities()),
                etag.oneWinner() == etag.rounds());
        findings.check("races", "the winner's write is what the interview holds", "every round",
                etag.lostUpdates() + " lost", etag.lostUpdates() == 0);
        writesLost += etag.lostUpdates();
        findings.check("races", "PUT without If-Match", "428", etag.missingIfMatchRefused() == 1 ? "428" : "not 428",
                etag.missingIfMatchRefused() == 1);
        Races.IdempotentBurst burst = races.idempotentBurst(100, tag, () -> count(tenant));
        findings.check("races", "100 concurrent POSTs with one Idempotency-Key and body: interviews created",
                "1", burst.rowsCreated(), burst.rowsCreated() == 1);
        findings.check("races", "... every answer names the same interview", "1 id, no other status",
                burst.distinctIds() + " id(s); " + burst.created() + " created, " + burst.replayed() + " replayed, "
                        + burst.inProgress() + " 409 in progress (retried), " + burst.other() + " other",
                burst.distinctIds() == 1 && burst.other() == 0 && burst.created() + burst.replayed() == 100);
        findings.check("races", "the same key with another body", "422", burst.otherBodyRefused() ? "422" : "not 422",
                burst.otherBodyRefused());
        String syncTenant = tag + "-s";
        Races.Batch batch = races.batchWithOneBadItem(tokens.integration(syncTenant, "ats-sync"), tag,
                () -> count(syncTenant));
        findings.check("races", "a batch of 100 upserts with one bad item (POST /interviews/batch)",
                "200; 99 stored, item 42 refused", batch.status() + "; " + batch.rowsAfterFirst() + " stored ("
                        + batch.succeeded() + " reported), refused item " + batch.refusedIndex(),
                batch.status() == 200 && batch.rowsAfterFirst() == 99 && batch.succeeded() == 99
                        && batch.refusedIndex() == 42);
        findings.check("races", "... sent again with its Idempotency-Key", "the first answer replayed, nothing written",
                batch.replayStatus() + (batch.replayed() ? " replayed" : " not replayed") + ", "
                        + (batch.rowsAfterReplay() - batch.rowsAfterFirst()) + " rows added",
                batch.replayStatus() == 200 && batch.replayed() && batch.rowsAfterReplay() == batch.rowsAfterFirst());
        AtsSync ats = new AtsSync(http(tally));
        // reliability/run gives this tenant's candidates a quota of 40 requests a minute.
        AtsSync.Burst burst429 = ats.burst(tokens.candidate("reliability-burst", tag + "-burst"), 120);
        findings.check("races", "a burst of 120 reads by one candidate over a quota of 40 a minute",
                "40 answered, the rest 429 with Retry-After and RateLimit, nothing else",
                burst429.ok() + " answered, " + burst429.limited() + " 429 (" + burst429.limitedWithRetryAfter()
                        + " with Retry-After), " + burst429.other() + " other" + (burst429.oddities().isEmpty() ? ""
                                : " " + burst429.oddities()),
                // A window may turn during the burst: then up to twice the quota is answered.
                burst429.ok() >= 40 && burst429.ok() <= 80 && burst429.other() == 0
                        && burst429.limited() == burst429.limitedWithRetryAfter()
                        && burst429.ok() + burst429.limited() == 120);
        AtsSync.Replay replay = ats.replayedWebhook(tokens.integration(syncTenant, "ats-sync"),
                tokens.candidate(syncTenant, tag + "-ats-candidate"), tag);
        findings.check("races", "an ATS webhook (Ashby, signed) sent twice",
                "200 accepted then 200 duplicate; applied once, the interview unchanged by the second, one inbox entry",
                replay.oddity() != null ? replay.oddity()
                        : replay.firstStatus() + " " + replay.firstReceipt() + ", " + replay.secondStatus() + " "
                                + replay.secondReceipt() + "; applied " + replay.applied() + ", ETag "
                                + replay.versionAfterFirst() + " then " + replay.versionAfterSecond() + ", "
                                + replay.inboxSize() + " inbox entr" + (replay.inboxSize() == 1 ? "y" : "ies"),
                replay.oddity() == null && replay.firstStatus() == 200 && replay.firstReceipt().equals("accepted")
                        && replay.secondStatus() == 200 && replay.secondReceipt().equals("duplicate")
                        && replay.applied() && replay.versionAfterFirst().equals(replay.versionAfterSecond())
                        && !replay.versionAfterFirst().equals("none") && replay.inboxSize() == 1);
        findings.check("races", "5xx answers, contract breaches", "0",
                tally.serverErrors.sum() + tally.unavailable.sum() + tally.contractBreaches.sum(),
                tally.serverErrors.sum() + tally.unavailable.sum() + tally.contractBreaches.sum() == 0);
    }

    private long count(String tenant) {
        try (Connection db = DriverManager.getConnection(option("jdbc"), "postgres", "");
                PreparedStatement select = db.prepareStatement("select count(*) from interview where tenant_id = ?")) {
            select.setString(1, tenant);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every operation of the document with broken parameters, headers and bodies. */
    private void fuzz() throws Exception {
        Tally tally = new Tally("fuzz");
        Http http = http(tally);
        String tenant = tag + "-z";
        String token = tokens.candidate(tenant, "fuzzer");
        String remoteId = tag + "-fuzz";
        Http.Reply created = http.post("/interviews").token(token).json(Bodies.interview(remoteId, "Fuzz target"))
                .send();
        String interviewId = MixedLoad.field(created, "id");
        Http.Reply plan = http.get("/interviews/" + interviewId + "/follow-ups").token(token).send();
        String followUpId = MixedLoad.tree(plan).path("items").path(0).path("id").asText();
        Http.Reply feed = http.put("/calendar-feed").token(token).send();
        String feedUrl = MixedLoad.field(feed, "url");
        Map<String, String> pathValues = new LinkedHashMap<>();
        pathValues.put("/interviews/:id", interviewId);
        pathValues.put("/interviews/:interviewId", interviewId);
        pathValues.put("/interviews/by-remote-id/:source", "greenhouse");
        pathValues.put("/interviews/by-remote-id/:remoteId", remoteId);
        pathValues.put("/follow-ups/:id", followUpId);
        pathValues.put("/calendar-feed/:token", feedUrl.substring(feedUrl.lastIndexOf('/') + 1));
        Fuzzer fuzzer = new Fuzzer(http, Path.of("openapi/openapi.yaml"), pathValues, token);
        long started = System.nanoTime();
        fuzzer.run();
        findings.figure("fuzz", "inputs tried, by kind", fuzzer.tried.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + " (total "
                + fuzzer.total() + " in " + (System.nanoTime() - started) / 1_000_000_000 + " s)");
        long accepted = fuzzer.validAnswers.stream().filter(answer -> answer.matches(".* 2\\d\\d$")).count();
        findings.figure("fuzz", "valid requests (the documents' examples) answered 2xx", accepted + " of "
                + fuzzer.validAnswers.size() + "; the others: " + fuzzer.validAnswers.stream()
                        .filter(answer -> !answer.matches(".* 2\\d\\d$")).collect(Collectors.joining(", ")));
        findings.check("fuzz", "5xx answers", "0", tally.serverErrors.sum() + tally.unavailable.sum(),
                tally.serverErrors.sum() + tally.unavailable.sum() == 0);
        findings.check("fuzz", "answers breaking the OpenAPI contract (every answer checked)", "0",
                tally.contractBreaches.sum(), tally.contractBreaches.sum() == 0);
        findings.check("fuzz", "4xx that are not problem documents, stack traces in bodies", "0",
                tally.notProblemDocuments.sum() + tally.stackTraces.sum(),
                tally.notProblemDocuments.sum() + tally.stackTraces.sum() == 0);
        findings.check("fuzz", "transport failures (the service dropped the connection)", "0",
                tally.transportErrors.sum(), tally.transportErrors.sum() == 0);
        findings.figure("fuzz", "answers by class", tally.success.sum() + " 2xx, " + tally.clientErrors.sum() + " 4xx");
    }

    /** The HTTP edge of the packaged service: smuggling shapes, hanging requests, oversize heads, ports, tags, headers. */
    private void edge(Edge edge, Edge.Exchange halfHead, Edge.Exchange halfBody) {
        long limit = (Long.parseLong(options.getOrDefault("idle-timeout", "30")) + 5) * 1000;
        findings.check("edge", "a head sent half-way and left hanging is closed by the idle timeout",
                "closed within " + limit / 1000 + " s", (halfHead.closed() ? "closed" : "open") + " after "
                        + halfHead.millis() / 1000 + " s",
                halfHead.closed() && halfHead.millis() <= limit);
        findings.check("edge", "a body announced and never finished is closed by the idle timeout",
                "closed within " + limit / 1000 + " s", (halfBody.closed() ? "closed" : "open") + " after "
                        + halfBody.millis() / 1000 + " s",
                halfBody.closed() && halfBody.millis() <= limit);
        Edge.Exchange smuggling = edge.contentLengthAndTransferEncoding();
        findings.check("edge", "Content-Length with Transfer-Encoding: refused, closed, the request in its body "
                + "never answered", "400, closed, 1 answer",
                smuggling.statusLine() + ", "
                        + (smuggling.closed() ? "closed" : "open") + ", " + smuggling.answers() + " answer(s)",
                smuggling.statusLine().startsWith("HTTP/1.1 400") && smuggling.closed() && smuggling.answers() == 1);
        Edge.Exchange early = edge.earlyAnswer();
        findings.check("edge", "an early answer (401 to a body of 200 kB, 16 bytes sent) closes the connection",
                "401 problem, closed at once", early.statusLine() + ", " + (early.closed() ? "closed" : "open")
                        + " after " + early.millis() + " ms",
                early.isProblem(401) && early.closed()
                        && early.millis() < 2000);
        Edge.Exchange head = edge.oversizeHead();
        Edge.Exchange target = edge.oversizeTarget();
        Edge.Exchange body = edge.oversizeBody();
        findings.check("edge", "oversize header fields, request target and body answered with problem documents",
                "431, 414, 413 problems", head.statusLine() + "; " + target.statusLine() + "; " + body.statusLine(),
                head.isProblem(431) && target.isProblem(414) && body.isProblem(413));
        var read = edge.get(false, "/interviews", tokens.candidate(tag + "-e", "edge"));
        boolean edgeHeaders = body.text().toLowerCase().contains("cache-control: private, no-store")
                && body.text().toLowerCase().contains("x-content-type-options: nosniff");
        boolean apiHeaders = read.headers().firstValue("Cache-Control").orElse("").equals("private, no-store")
                && read.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff");
        findings.check("edge", "headers on every answer: an API read and a 413 from the edge",
                "Cache-Control: private, no-store; X-Content-Type-Options: nosniff",
                "API read " + (apiHeaders ? "has both" : "lacks them") + ", edge 413 "
                        + (edgeHeaders ? "has both" : "lacks them"),
                apiHeaders && edgeHeaders);
        findings.check("edge", "health and metrics only on the management interface; Swagger UI off; OpenAPI served",
                "main /q/health 404, /q/metrics 404, /q/swagger-ui 404, /q/openapi 200; management health 200, "
                        + "metrics 200",
                "main " + edge.status(false, "/q/health/ready") + ", " + edge.status(false, "/q/metrics") + ", "
                        + edge.status(false, "/q/swagger-ui/") + ", " + edge.status(false, "/q/openapi")
                        + "; management " + edge.status(true, "/q/health/ready") + ", "
                        + edge.status(true, "/q/metrics"),
                edge.status(false, "/q/health/ready") == 404 && edge.status(false, "/q/metrics") == 404
                        && edge.status(false, "/q/swagger-ui/") == 404 && edge.status(false, "/q/openapi") == 200
                        && edge.status(true, "/q/health/ready") == 200 && edge.status(true, "/q/metrics") == 200);
        Set<String> tags = edge.uriTagsAfterMadeUpPaths();
        List<String> madeUp = tags.stream().filter(tag -> tag.startsWith("/made-up") || tag.matches("/interviews/\\d+"))
                .toList();
        findings.check("edge", "metric uri tags after 150 preflights and 150 PATCHes to made-up paths",
                "no made-up path; /agenda still recorded", tags.size() + " tags, made-up: " + madeUp
                        + ", /agenda " + (tags.contains("/agenda") ? "recorded" : "missing"),
                madeUp.isEmpty() && tags.contains("/agenda"));
        String location = edge.locationWithForgedHost(Bodies.interview(tag + "-host", "Host header"));
        findings.check("edge", "Location of a request with a forged Host header", "the configured public base "
                + option("base"), location, location.startsWith(option("base") + "/interviews/"));
    }

    /**
     * SIGTERM to the service under load: readiness turns down at once, what it accepted it finishes (no
     * request that reached it fails), it exits within its shutdown delay and timeout, and nothing it
     * acknowledged is lost. Requests after it closed its port are refused: a load balancer, which readiness
     * told to stop sending, would have sent them elsewhere.
     */
    private void shutdown() throws Exception {
        Tally tally = new Tally("shutdown");
        Ledger ledger = new Ledger();
        ProcessHandle service = ProcessHandle.of(Long.parseLong(option("service-pid"))).orElseThrow();
        int delay = Integer.parseInt(options.getOrDefault("shutdown-delay", "5"));
        int timeout = Integer.parseInt(options.getOrDefault("shutdown-timeout", "20"));
        Faults watch = new Faults(option("pg-version"));
        Thread watcher = watch.watchReadiness(new Http(option("management"), new Tally("readiness"), contract), tally);
        double[] signalled = {Double.NaN};
        double[] exited = {Double.NaN};
        int signalAt = 4;
        Thread stopper = Shutdowns.stopAt(service, tally, signalAt, signalled, exited);
        MixedLoad load = new MixedLoad(http(tally), tally, ledger, tokens, tag + "s").drainingFor(Duration.ZERO);
        System.out.printf("shutdown: 16 clients; SIGTERM at %d s, load until %d s%n", signalAt, signalAt + delay + 3);
        load.run(List.of(tag + "-s"), 16, Duration.ofSeconds(signalAt + delay + 3));
        stopper.join(70_000);
        watcher.interrupt();
        Ledger.Audit audit = ledger.audit(option("jdbc"), "postgres", Set.of(tag + "-s"));
        writesLost += audit.lost();
        long failed = tally.transportErrors.sum() - tally.refused.sum() + tally.serverErrors.sum()
                + tally.unavailable.sum() + tally.unexpected.sum();
        findings.figure("shutdown", "requests sent", tally.requests.sum() + ", of which refused after the port "
                + "closed: " + tally.refused.sum());
        findings.check("shutdown", "requests that reached the service and failed (reset, 5xx, unexpected)", "0",
                failed, failed == 0 && tally.success.sum() > 0);
        double down = Shutdowns.firstDown(watch.readiness, signalled[0]);
        findings.check("shutdown", "readiness down after SIGTERM", "within 1 s",
                Double.isNaN(down) ? "never" : String.format("%.2f s", down - signalled[0]),
                !Double.isNaN(down) && down - signalled[0] <= 1.0);
        findings.check("shutdown", "the process exited after SIGTERM", "within delay + timeout ("
                + (delay + timeout) + " s)",
                Double.isNaN(exited[0])
                        ? "still running"
                        : String.format("%.1f s", exited[0] - signalled[0]),
                !Double.isNaN(exited[0]) && exited[0] - signalled[0] <= delay + timeout + 2);
        findings.check("shutdown", "acknowledged writes missing or changed in the database", "0",
                audit.missing() + " missing, " + audit.wrongTitle() + " changed", audit.lost() == 0);
    }

    /**
     * Two instances behind HAProxy, on PgBouncer in transaction pooling mode: under the mixed load, one is
     * stopped with SIGTERM and started again. No request fails, nothing acknowledged is lost, and the
     * scheduled job ran once per period across both.
     */
    private void replicas() throws Exception {
        Tally tally = new Tally("replicas");
        Ledger ledger = new Ledger();
        int seconds = Integer.parseInt(option("load-seconds"));
        int stopAt = seconds / 4;
        Path pidFile = Path.of(option("instance-pid-file"));
        Faults watch = new Faults(option("pg-version"));
        Thread watcher = watch.watchReadiness(new Http(option("instance-management"), new Tally("readiness"),
                contract), tally);
        double[] signalled = {Double.NaN};
        double[] exited = {Double.NaN};
        double[] restarted = {Double.NaN};
        boolean[] startedAgain = {false};
        Thread stopper = Shutdowns.stopAt(Shutdowns.fromPidFile(pidFile).orElseThrow(), tally, stopAt, signalled,
                exited);
        Thread restarter = new Thread(() -> {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                return;
            }
            restarted[0] = tally.elapsed();
            startedAgain[0] = Shutdowns.start(Path.of(option("instance-start")));
        }, "restart");
        restarter.start();
        MixedLoad load = new MixedLoad(http(tally), tally, ledger, tokens, tag + "r");
        List<String> tenants = List.of(tag + "-a", tag + "-b");
        Deliveries receiver = new Deliveries();
        Map<String, String> secrets = subscribe(tenants, receiver);
        Deliveries.Follower follower = new Deliveries.Follower(option("base"),
                tokens.integration(tenants.get(0), tag + "-stream"));
        follower.start();
        System.out.printf("replicas: 32 clients through the load balancer for %d s; instance 1 stopped at %d s%n",
                seconds, stopAt);
        load.run(tenants, 16, Duration.ofSeconds(seconds));
        restarter.join(180_000);
        watcher.interrupt();
        Ledger.Audit audit = ledger.audit(option("jdbc"), "postgres", Set.of(tag + "-a", tag + "-b"));
        writesLost += audit.lost();
        findings.figure("replicas", "requests sent in " + seconds + " s through HAProxy to two instances",
                tally.requests.sum() + " (" + Math.round(tally.requests.sum() / (double) seconds) + " /s)");
        long failed = tally.transportErrors.sum() + tally.serverErrors.sum() + tally.unavailable.sum()
                + tally.unexpected.sum();
        findings.check("replicas", "failed requests while instance 1 was stopped and started again", "0",
                failed + " (transport " + tally.transportErrors.sum() + ", 5xx " + (tally.serverErrors.sum()
                        + tally.unavailable.sum()) + ", unexpected " + tally.unexpected.sum() + ")",
                failed == 0 && tally.success.sum() > 0);
        findings.check("replicas", "instance 1 exited after SIGTERM and came back ready", "exited, ready again",
                String.format("exited %.1f s after SIGTERM, started again: %s, ready %.1f s after the restart began",
                        exited[0] - signalled[0], startedAgain[0],
                        Shutdowns.firstUp(watch.readiness, restarted[0]) - restarted[0]),
                !Double.isNaN(exited[0]) && startedAgain[0]
                        && !Double.isNaN(Shutdowns.firstUp(watch.readiness, restarted[0])));
        writes("replicas", ledger, audit, load);
        events("replicas", tenants, receiver, secrets, follower, false);
        scheduledRuns(seconds);
    }

    /** The purge job's periods in the database: every period run, once, by one of the instances. */
    private void scheduledRuns(int seconds) throws Exception {
        try (Connection db = DriverManager.getConnection(option("jdbc"), "postgres", "");
                PreparedStatement runs = db.prepareStatement("select period_start, count(*), min(claimed_by), "
                        + "count(distinct claimed_by) from scheduled_run where job = 'idempotency-purge' "
                        + "group by period_start order by period_start")) {
            int periods = 0;
            int once = 0;
            java.util.Set<String> replicas = new java.util.HashSet<>();
            try (ResultSet rows = runs.executeQuery()) {
                while (rows.next()) {
                    periods++;
                    once += rows.getInt(2) == 1 ? 1 : 0;
                    replicas.add(rows.getString(3));
                }
            }
            findings.check("replicas", "periods of the scheduled purge (every 5 s), each run by one instance",
                    "every period once", periods + " periods, " + once + " run once, by " + replicas.size()
                            + " different process(es)",
                    periods > 0 && once == periods);
        }
    }

    /** The service's log, read after everything above: no personal data from any request in it. */
    private void logs() throws java.io.IOException {
        List<String> personal = List.of("Maria", "Lopez", "Jane Doe", "Priya", "Sam Chen", "@fabrikam.example",
                "@acme.example", "jane.doe@", "Fuzz target");
        List<String> lines = Edge.linesWithPersonalData(Path.of(option("service-log")), personal);
        findings.check("logs", "log lines holding names, emails or titles the suite sent", "0",
                lines.isEmpty() ? "0" : lines.size() + "+: " + lines.get(0), lines.isEmpty());
    }

    private void summary() {
        long sent = 0;
        long success = 0;
        long client = 0;
        long unavailable = 0;
        long server = 0;
        long transport = 0;
        StringBuilder examples = new StringBuilder("### Examples of what went wrong, by phase\n\n");
        boolean anyExample = false;
        for (Tally tally : tallies) {
            sent += tally.requests.sum();
            success += tally.success.sum();
            client += tally.clientErrors.sum();
            unavailable += tally.unavailable.sum();
            server += tally.serverErrors.sum();
            transport += tally.transportErrors.sum();
            for (String example : tally.examples()) {
                examples.append("- ").append(tally.phase).append(": `")
                        .append(example.replace('`', '\'').replace('\n', ' ')).append("`\n");
                anyExample = true;
            }
        }
        findings.figure("summary", "requests sent", sent);
        findings.figure("summary", "answers by class", success + " 2xx/3xx, " + client + " 4xx, " + unavailable
                + " 503, " + server + " other 5xx, " + transport + " transport failures");
        findings.figure("summary", "faults injected", faultsInjected);
        findings.check("summary", "acknowledged writes lost", "0", writesLost, writesLost == 0);
        if (anyExample) {
            findings.section(examples.toString());
        }
    }
}
