package dev.followup.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.InterviewJson;
import dev.followup.identity.DevToken;
import dev.followup.integration.InboundApplier;

import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.Api.rawAnonymous;
import static dev.followup.contract.Fixtures.idOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * One candidate's data, put in through every feature that stores any. Each value is marked with the
 * candidate's label and a random suffix ({@code topic-first-a-1f2e3d4c}), so that it is found nowhere else
 * and a scan of the database can tell whose a row is. Marks are letters, digits and hyphens only: they read
 * the same inside JSON and need no escaping in a LIKE pattern.
 */
final class SeededCandidate {

    /** The tenant's ATS sync, acting for candidates with On-Behalf-Of. */
    static final String ATS = DevToken.integration("ats-sync", TENANT).sign();
    private static final String CONNECTION = "ashby-privacy";
    static final String VENDOR_SECRET = "whsec-privacy-0123456789abcdef";

    final String subject;
    final String token;
    /** Values the candidate's export must show. */
    final List<String> shown = new ArrayList<>();
    /** Values stored about the candidate that the export need not show: an idempotency key, a vendor's event ids. */
    final List<String> kept = new ArrayList<>();
    /** What no export may show: the webhook subscription's secret, the calendar feed's secret and its hash. */
    final List<String> secrets = new ArrayList<>();
    /** The live interviews, each with the ids of its plan as last read. */
    final Map<String, List<String>> plans = new LinkedHashMap<>();
    final List<String> deletedInterviewIds = new ArrayList<>();
    /** Every follow-up ever planned for the candidate, the deleted interview's too (their events stay). */
    final Set<String> followUpIds = new LinkedHashSet<>();
    String profileName;
    private final String mark;

    private SeededCandidate(String label) {
        mark = "-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
        subject = "cand" + mark;
        token = DevToken.candidate(subject, TENANT).sign();
    }

    /** A profile, an interview with its plan, and a draft saved on one of its follow-ups. */
    static SeededCandidate withBasics(String label) {
        SeededCandidate candidate = new SeededCandidate(label);
        candidate.saveProfile();
        candidate.saveDraft(candidate.register(candidate.self(), candidate.interview("first")));
        return candidate;
    }

    /**
     * Data in every feature: besides the basics, a webhook subscription with its deliveries, a calendar feed,
     * an idempotent registration, an ATS's interview moved by the vendor's webhooks, a deleted interview
     * (its tombstone), and the events of all these, recorded and numbered.
     */
    static SeededCandidate inEveryFeature(String label, InboundApplier applier) {
        SeededCandidate candidate = new SeededCandidate(label);
        candidate.subscribe(); // first, so that the events of what follows are handed to it
        candidate.saveProfile();
        candidate.createCalendarFeed();
        // With an Idempotency-Key: the response (the interview as registered) is stored for a day.
        String first = candidate.register(candidate.self().header("Idempotency-Key", candidate.kept("idem")),
                candidate.interview("first"));
        candidate.saveDraft(first);
        candidate.registerAtsInterviewAndMoveIt(applier);
        candidate.registerAndDelete();
        // Reading the feed numbers every event recorded so far, and so hands them to the subscription.
        candidate.self().get("/events?pageSize=100").then().statusCode(200).body("items", not(empty()));
        return candidate;
    }

    /** A request of the candidate themself. */
    RequestSpecification self() {
        return as(token);
    }

    /** A request of the ATS sync acting for the candidate. */
    RequestSpecification forThem() {
        return as(ATS).header("On-Behalf-Of", subject);
    }

    /** Every text value seeded, and the candidate's id. */
    List<String> strings() {
        return Stream.of(shown.stream(), kept.stream(), Stream.of(subject)).flatMap(s -> s).toList();
    }

    /** The ids of every interview (live or deleted) and follow-up of the candidate. */
    List<String> ids() {
        return Stream.of(plans.keySet().stream(), deletedInterviewIds.stream(), followUpIds.stream())
                .flatMap(s -> s).toList();
    }

    private String shown(String word) {
        String value = word + mark;
        shown.add(value);
        return value;
    }

    private String kept(String word) {
        String value = word + mark;
        kept.add(value);
        return value;
    }

    private void saveProfile() {
        profileName = shown("jane");
        self().body(Map.of("name", profileName, "email", shown("jane-mail") + "@example.test",
                "linkedInUrl", "https://www.linkedin.com/in/" + shown("jane-in"),
                "signature", "Best regards,\n" + shown("signed"))).put("/candidate-profile").then().statusCode(201);
    }

    /** A valid interview whose company, job, topic, skill and first interviewer are the candidate's own. */
    private Map<String, Object> interview(String tag) {
        Map<String, Object> body = InterviewJson.interview();
        body.put("company", new LinkedHashMap<>(Map.of("name", shown("company-" + tag), "culture", "tech")));
        body.put("jobTitle", shown("job-" + tag));
        body.put("topics", List.of(shown("topic-" + tag)));
        body.put("skills", List.of(shown("skill-" + tag)));
        Map<String, Object> interviewer = InterviewJson.firstInterviewer(body);
        interviewer.put("name", shown("interviewer-" + tag));
        interviewer.put("email", shown("mail-" + tag) + "@example.test");
        interviewer.put("title", shown("title-" + tag));
        return body;
    }

    /** Registers the interview and reads its plan, so that its follow-ups exist and their ids are known. */
    private String register(RequestSpecification request, Map<String, Object> body) {
        String id = request.body(body).post("/interviews").then().statusCode(201).extract().path("id");
        readPlan(id);
        return id;
    }

    private JsonPath readPlan(String interviewId) {
        JsonPath plan = self().get("/interviews/" + interviewId + "/follow-ups").then().statusCode(200).extract()
                .jsonPath();
        plans.put(interviewId, plan.getList("items.id", String.class));
        followUpIds.addAll(plan.getList("items.id", String.class));
        return plan;
    }

    private void saveDraft(String interviewId) {
        String check = idOf(readPlan(interviewId), "status_check");
        self().body(Map.of("channel", "email", "subject", shown("draft-subject"),
                "body", "Dear Maria,\n\n" + shown("draft-body") + "\n\nKind regards"))
                .put("/follow-ups/" + check + "/draft/saved").then().statusCode(201);
    }

    private void subscribe() {
        // The address is never called: tests dispatch only when they ask to.
        secrets.add(self().body(Map.of("url", "http://127.0.0.1:9/" + shown("hook"),
                "description", shown("hook-note"))).post("/webhook-subscriptions").then().statusCode(201).extract()
                .path("secret"));
    }

    private void createCalendarFeed() {
        String url = self().put("/calendar-feed").then().statusCode(201).extract().path("url");
        String secret = url.substring(url.lastIndexOf('.') + 1); // the address ends <tenant>.<secret>
        secrets.add(secret);
        secrets.add(sha256Hex(secret)); // what calendar_feed stores (agenda/CalendarService)
    }

    /**
     * An Ashby interview registered by the ATS sync under the schedule's id, moved by Ashby's signed webhook
     * (applied, which drops its body), then named by a second webhook left pending (its body kept, with an
     * interviewer's name in it).
     */
    private void registerAtsInterviewAndMoveIt(InboundApplier applier) {
        String url = as(ATS).body(Map.of("vendor", "ashby", "secret", VENDOR_SECRET)).put("/integrations/" + CONNECTION)
                .then().statusCode(201).extract().path("webhookUrl");
        Map<String, Object> body = interview("ats");
        String schedule = shown("sched");
        body.put("source", "ashby");
        body.put("remoteId", schedule);
        String id = register(forThem(), body);
        String event = shown("evt"); // not registered: the applied webhook's outcome names it
        String interviewer = shown("omar");
        receive(url, ashbySchedule(kept("action-moved"), schedule, event, interviewer, "2026-03-12T15:00:00.000Z",
                "2026-03-12T15:45:00.000Z"));
        applier.applyDue(TENANT);
        self().get("/interviews/" + id).then().statusCode(200).body("startAt", equalTo("2026-03-12T16:00:00+01:00"));
        readPlan(id); // the move replans it
        receive(url, ashbySchedule(kept("action-later"), schedule, event, interviewer, "2026-03-13T09:00:00.000Z",
                "2026-03-13T10:00:00.000Z"));
    }

    /** An interview the candidate registered and deleted: its tombstone keeps its remote id, its events stay. */
    private void registerAndDelete() {
        Map<String, Object> body = interview("gone");
        body.put("source", "greenhouse");
        body.put("remoteId", shown("gone-remote"));
        String id = register(self(), body);
        self().delete("/interviews/" + id).then().statusCode(204);
        plans.remove(id);
        deletedInterviewIds.add(id);
    }

    static void receive(String url, String body) {
        rawAnonymous().contentType("application/json").accept("application/json")
                .header("Ashby-Signature", "sha256=" + hmacHex(body)).body(body.getBytes(StandardCharsets.UTF_8))
                .post(url).then().statusCode(200).body("status", equalTo("accepted"));
    }

    /** Ashby's interviewScheduleUpdate, as in integration/InboundWebhookTest, with the candidate's ids in it. */
    static String ashbySchedule(String actionId, String scheduleId, String eventId, String interviewer,
            String start, String end) {
        return ashbySchedule(actionId, scheduleId, eventId, interviewer, interviewer + "@ats.example", start, end);
    }

    /** The same, with the interviewer's email as the ATS has it. */
    static String ashbySchedule(String actionId, String scheduleId, String eventId, String interviewer,
            String email, String start, String end) {
        return "{\"webhookActionId\":\"" + actionId + "\",\"action\":\"interviewScheduleUpdate\",\"data\":{"
                + "\"interviewSchedule\":{\"id\":\"" + scheduleId + "\",\"status\":\"Scheduled\","
                + "\"applicationId\":\"app-1d0c9b87\",\"candidateId\":\"ats-2e1d0c98\","
                + "\"interviewStageId\":\"stage-3f2e1d09\",\"scheduledBy\":null,"
                + "\"createdAt\":\"2026-03-01T10:00:00.000Z\",\"updatedAt\":\"2026-03-03T08:15:00.000Z\","
                + "\"interviewEvents\":[{\"id\":\"" + eventId + "\",\"interviewId\":\"int-6c5b4a3f\","
                + "\"interviewScheduleId\":\"" + scheduleId + "\",\"interviewers\":[{\"id\":\"user-4a3f\","
                + "\"firstName\":\"" + interviewer + "\",\"lastName\":\"Haddad\",\"email\":\"" + email
                + "\",\"trainingRole\":null,\"interviewerPool\":null,\"isFeedbackRequired\":true}],"
                + "\"createdAt\":\"2026-03-01T10:00:00.000Z\",\"updatedAt\":\"2026-03-03T08:15:00.000Z\","
                + "\"startTime\":\"" + start + "\",\"endTime\":\"" + end + "\","
                + "\"feedbackLink\":\"https://ashby.example/feedback\",\"location\":\"Google Meet\","
                + "\"meetingLink\":\"https://meet.example.org/abc\",\"hasSubmittedFeedback\":false}]}}}";
    }

    private static String hmacHex(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(VENDOR_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
