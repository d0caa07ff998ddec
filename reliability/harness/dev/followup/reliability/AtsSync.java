package dev.followup.reliability;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issue 15 against the running service: a burst above a client's rate limit, and an ATS's webhook sent
 * twice (the vendor's retry), whose second delivery must change nothing.
 */
final class AtsSync {

    /** The outcome of the burst: answers by kind. */
    record Burst(int sent, int ok, int limited, int limitedWithRetryAfter, int other, List<String> oddities) {
    }

    /** The outcome of the replayed webhook. */
    record Replay(int firstStatus, String firstReceipt, int secondStatus, String secondReceipt, boolean applied,
            String versionAfterFirst, String versionAfterSecond, int inboxSize, String oddity) {
    }

    private final Http http;

    AtsSync(Http http) {
        this.http = http;
    }

    /** {@code requests} reads by one candidate from 8 threads at once, in a tenant whose quota is smaller. */
    Burst burst(String token, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                replies.add(pool.submit(() -> http.get("/interviews?limit=1").token(token).sendChecked()));
            }
            int ok = 0;
            int limited = 0;
            int withRetryAfter = 0;
            List<String> oddities = new ArrayList<>();
            for (Future<Http.Reply> future : replies) {
                Http.Reply reply = future.get();
                if (reply.status() == 200) {
                    ok++;
                } else if (reply.status() == 429 && reply.isProblem()) {
                    limited++;
                    if (reply.header("Retry-After").filter(v -> v.matches("[1-9][0-9]*")).isPresent()
                            && reply.header("RateLimit").isPresent()) {
                        withRetryAfter++;
                    }
                } else if (oddities.size() < 5) {
                    oddities.add(reply.describe());
                }
            }
            return new Burst(requests, ok, limited, withRetryAfter, requests - ok - limited, oddities);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An Ashby connection, an interview registered with Ashby's id, the same signed webhook sent twice:
     * the first moves the interview (applied moments later), the second is a duplicate and changes nothing.
     */
    Replay replayedWebhook(String integrationToken, String candidateToken, String tag) throws Exception {
        String secret = "reliability-secret-" + tag;
        Http.Reply connection = http.put("/integrations/reliability-ashby").token(integrationToken)
                .json("{\"vendor\":\"ashby\",\"secret\":\"" + secret + "\"}").sendChecked();
        if (connection.status() != 201) {
            return failed("connection: " + connection.describe());
        }
        String webhook = URI.create(MixedLoad.tree(connection).path("webhookUrl").asText()).getRawPath();
        String remoteId = tag + "-ashby-event";
        Http.Reply registered = http.post("/interviews").token(candidateToken)
                .json(Bodies.interview(remoteId, "Platform Engineer").replace("\"source\":\"greenhouse\"",
                        "\"source\":\"ashby\""))
                .sendChecked();
        if (registered.status() != 201) {
            return failed("registration: " + registered.describe());
        }
        String interview = MixedLoad.tree(registered).path("id").asText();
        String start = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3) + "T13:00:00.000Z";
        String end = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3) + "T14:00:00.000Z";
        String body = "{\"webhookActionId\":\"" + tag + "-action-1\",\"action\":\"interviewScheduleUpdate\","
                + "\"data\":{\"interviewSchedule\":{\"id\":\"" + tag + "-schedule\",\"status\":\"Scheduled\","
                + "\"interviewEvents\":[{\"id\":\"" + remoteId + "\",\"startTime\":\"" + start + "\",\"endTime\":\""
                + end + "\"}]}}}";
        String signature = "sha256=" + hmacHex(secret, body);

        Http.Reply first = http.post(webhook).header("Ashby-Signature", signature).json(body).sendChecked();
        boolean applied = false;
        for (int i = 0; i < 150 && !applied; i++) { // applied at once by the receiving replica; 15 s at most
            Http.Reply inbox = http.get("/integrations/reliability-ashby/events").token(integrationToken)
                    .sendChecked();
            applied = MixedLoad.tree(inbox).path("items").path(0).path("state").asText().equals("applied");
            if (!applied) {
                Thread.sleep(100);
            }
        }
        String versionAfterFirst = http.get("/interviews/" + interview).token(candidateToken).sendChecked()
                .header("ETag").orElse("none");
        Http.Reply second = http.post(webhook).header("Ashby-Signature", signature).json(body).sendChecked();
        Thread.sleep(7_000); // longer than the 5-s pass every replica makes over what is left to apply
        String versionAfterSecond = http.get("/interviews/" + interview).token(candidateToken).sendChecked()
                .header("ETag").orElse("none");
        int inboxSize = MixedLoad.tree(http.get("/integrations/reliability-ashby/events").token(integrationToken)
                .sendChecked()).path("items").size();
        return new Replay(first.status(), MixedLoad.tree(first).path("status").asText(), second.status(),
                MixedLoad.tree(second).path("status").asText(), applied, versionAfterFirst, versionAfterSecond,
                inboxSize, null);
    }

    private static Replay failed(String oddity) {
        return new Replay(0, "", 0, "", false, "", "", 0, oddity);
    }

    private static String hmacHex(String key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
