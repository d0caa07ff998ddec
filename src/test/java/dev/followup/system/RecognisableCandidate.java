package dev.followup.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

import dev.followup.contract.InterviewJson;
import dev.followup.identity.DevToken;
import dev.followup.integration.InboundApplier;

import static dev.followup.contract.Api.as;
import static dev.followup.contract.Api.rawAnonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.oneOf;

/**
 * A candidate with recognisable names, emails, a phone number and free text, taken through registration, plans,
 * drafts, updates, outcomes, batches, inbound webhooks, a search, a mistaken path, the export and deletion, the happy paths and the
 * refusals (bad input often ends up quoted in an exception). Observability tests drive these requests and then look
 * for {@link #PERSONAL} in what the service recorded. Each test uses its own tenant.
 */
final class RecognisableCandidate {

    static final String CANDIDATE_NAME = "Zoraida Quintanilla";
    static final String CANDIDATE_EMAIL = "zoraida.quintanilla@mail.example";
    static final String CANDIDATE_PHONE = "+49 30 97315284";
    static final String INTERVIEWER_NAME = "Ottoline Marchetti";
    static final String INTERVIEWER_EMAIL = "ottoline.marchetti@acme.example";
    static final String TOPIC = "xylophone tuning pipelines";
    static final String SKILL = "quokka orchestration";
    static final String SIGNATURE = "Warmly, Zoraida Q.";
    /** Every seeded value, and the rare words in them, so that a part of one is found too. */
    static final List<String> PERSONAL = List.of(CANDIDATE_NAME, CANDIDATE_EMAIL, CANDIDATE_PHONE, "97315284",
            INTERVIEWER_NAME, INTERVIEWER_EMAIL, TOPIC, SKILL, SIGNATURE, "Quintanilla", "Marchetti", "xylophone",
            "quokka");

    private static final String VENDOR_SECRET = "whsec-logs-0123456789abcdef";

    private final String tenant;
    private final String candidate;
    private final String ats;

    RecognisableCandidate(String tenant) {
        this.tenant = tenant;
        this.candidate = DevToken.candidate("logs-candidate", tenant).sign();
        this.ats = DevToken.integration("logs-ats", tenant).sign();
    }

    private RequestSpecification candidate() {
        return as(candidate);
    }

    private static Map<String, Object> interview() {
        Map<String, Object> body = InterviewJson.interview();
        body.put("interviewers",
                new ArrayList<>(List.of(InterviewJson.interviewer(INTERVIEWER_NAME, INTERVIEWER_EMAIL))));
        body.put("topics", new ArrayList<>(List.of(TOPIC)));
        body.put("skills", new ArrayList<>(List.of(SKILL)));
        body.put("candidate", Map.of("name", CANDIDATE_NAME, "email", CANDIDATE_EMAIL, "phone", CANDIDATE_PHONE,
                "signature", SIGNATURE));
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = interview();
        body.put(field, value);
        return body;
    }

    /** Sends every request; the ATS's webhook is applied by {@code applier}, as the scheduler would. */
    void goesThroughTheService(InboundApplier applier) {
        candidate()
                .body(Map.of("name", CANDIDATE_NAME, "email", CANDIDATE_EMAIL, "phone", CANDIDATE_PHONE, "signature",
                        SIGNATURE))
                .put("/candidate-profile").then().statusCode(oneOf(200, 201));
        candidate().body(Map.of("name", CANDIDATE_NAME, "email", "zoraida.quintanilla@@mail.example"))
                .put("/candidate-profile").then().statusCode(400);

        String id = candidate().body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
        String etag = candidate().get("/interviews/" + id).then().statusCode(200).extract().header("ETag");

        // Refusals: each quotes the personal value somewhere on its way to the problem document.
        candidate()
                .body(with("interviewers", List.of(InterviewJson.interviewer(INTERVIEWER_NAME, "ottoline.marchetti@"))))
                .post("/interviews").then().statusCode(400);
        candidate().body(with("topics", List.of("xylophone\u0007tuning pipelines"))).post("/interviews").then()
                .statusCode(400);
        candidate().body(with("jobTitle", INTERVIEWER_NAME.repeat(20))).post("/interviews").then().statusCode(400);
        candidate().body(with("nickname", INTERVIEWER_NAME)).post("/interviews").then().statusCode(400);
        candidate().body(with("startAt", "Zoraida Quintanilla")).post("/interviews").then().statusCode(400);
        candidate()
                .body("{\"jobTitle\": \"Ottoline Marchetti\" \"topics\": [\"xylophone\"]}"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/interviews").then().statusCode(400);
        candidate()
                .body("{\"jobTitle\": \"Ottoline Marchetti\", \"jobTitle\": \"quokka\"}"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/interviews").then().statusCode(400);
        candidate().header("If-Match", "\"999\"").body(interview()).put("/interviews/" + id).then().statusCode(412);
        candidate().header("If-Match", etag).body(with("jobTitle", "Staff Engineer")).put("/interviews/" + id).then()
                .statusCode(200);
        // Free text in a query string: the company filter, searched with what a user might type into it.
        candidate().queryParam("company", INTERVIEWER_EMAIL).queryParam("pageSize", 5).get("/interviews").then()
                .statusCode(200);
        candidate().queryParam("company", INTERVIEWER_NAME.repeat(20)).get("/interviews").then().statusCode(400);
        // And in a path, where a client mistook an address for an id.
        candidate().get("/interviews/" + INTERVIEWER_EMAIL).then().statusCode(oneOf(400, 404));

        // The plan, a draft, a saved draft and a checked one.
        String followUp = candidate().get("/interviews/" + id + "/follow-ups").then().statusCode(200)
                .extract().path("items[0].id");
        candidate().get("/follow-ups/" + followUp + "/draft").then().statusCode(200);
        candidate()
                .body(Map.of("channel", "email", "body",
                        "Dear Ottoline Marchetti, thanks for the quokka chat. " + SIGNATURE))
                .put("/follow-ups/" + followUp + "/draft/saved").then().statusCode(oneOf(200, 201));
        candidate()
                .body(Map.of("type", "thank_you", "channel", "email", "body",
                        "Hi [NAME], xylophone!!! lol " + SIGNATURE))
                .post("/drafts/check").then().statusCode(200);
        candidate().body(Map.of("type", "thank_you", "channel", "email", "body", "quokka\u0000"))
                .post("/drafts/check").then().statusCode(400);
        candidate().get("/agenda").then().statusCode(200);
        candidate().get("/events").then().statusCode(200);
        candidate().body(Map.of("type", "rejected")).post("/interviews/" + id + "/outcome").then().statusCode(200);

        // An integration: a batch with one bad item, and an ATS webhook whose signature is wrong.
        RequestSpecification onBehalf = as(ats).header("On-Behalf-Of", "logs-candidate");
        Map<String, Object> bad = with("interviewers",
                List.of(InterviewJson.interviewer(INTERVIEWER_NAME, "not-an-email")));
        as(ats).body(Map.of("items", List.of(
                Map.of("candidateId", "logs-candidate", "source", "greenhouse", "remoteId", "gh-logs-1", "interview",
                        interview()),
                Map.of("candidateId", "logs-candidate", "source", "greenhouse", "remoteId", "gh-logs-2", "interview",
                        bad))))
                .post("/interviews/batch").then().statusCode(200)
                .body("results.status", contains(201, 400));
        onBehalf.body(interview()).put("/interviews/by-remote-id/greenhouse/gh-logs-3").then().statusCode(201);
        String webhook = as(ats).body(Map.of("vendor", "ashby", "secret", VENDOR_SECRET))
                .put("/integrations/ashby-logs").then().statusCode(201).extract().path("webhookUrl");
        rawAnonymous().contentType("application/json").header("Ashby-Signature", "sha256=00")
                .body(("{\"action\":\"interviewScheduleUpdate\",\"data\":{\"interviewers\":[{\"firstName\":\"Ottoline\","
                        + "\"lastName\":\"Marchetti\",\"email\":\"" + INTERVIEWER_EMAIL + "\"}]}}")
                        .getBytes(StandardCharsets.UTF_8))
                .post(webhook).then().statusCode(401);
        String schedule = "{\"webhookActionId\":\"action-logs-1\",\"action\":\"interviewScheduleUpdate\",\"data\":"
                + "{\"interviewSchedule\":{\"id\":\"sched-logs\",\"status\":\"Scheduled\",\"applicationId\":\"app-logs\","
                + "\"candidateId\":\"cand-logs\",\"interviewStageId\":\"stage-logs\",\"scheduledBy\":null,"
                + "\"createdAt\":\"2026-03-01T10:00:00.000Z\",\"updatedAt\":\"2026-03-03T08:15:00.000Z\",\"interviewEvents\":["
                + "{\"id\":\"event-logs\",\"interviewId\":\"int-logs\",\"interviewScheduleId\":\"sched-logs\","
                + "\"interviewers\":[{\"id\":\"user-logs\",\"firstName\":\"Ottoline\",\"lastName\":\"Marchetti\","
                + "\"email\":\"" + INTERVIEWER_EMAIL + "\",\"trainingRole\":null,\"interviewerPool\":null,"
                + "\"isFeedbackRequired\":true}],\"createdAt\":\"2026-03-01T10:00:00.000Z\","
                + "\"updatedAt\":\"2026-03-03T08:15:00.000Z\",\"startTime\":\"2026-03-12T15:00:00.000Z\","
                + "\"endTime\":\"2026-03-12T15:45:00.000Z\",\"feedbackLink\":\"https://ashby.example/feedback\","
                + "\"location\":\"xylophone room\",\"meetingLink\":\"https://meet.example.org/abc\",\"hasSubmittedFeedback\":false}]}}}";
        rawAnonymous().contentType("application/json").accept("application/json")
                .header("Ashby-Signature", "sha256=" + hmacHex(VENDOR_SECRET, schedule))
                .body(schedule.getBytes(StandardCharsets.UTF_8)).post(webhook).then().statusCode(200);
        applier.applyDue(tenant); // mapped and applied (it names no registered interview: nothing to move)

        // Everything stored about the candidate, streamed out (GDPR article 15).
        candidate().get("/candidate-data").then().statusCode(200);
        candidate().delete("/interviews/" + id).then().statusCode(oneOf(200, 204));
    }

    private static String hmacHex(String secret, String message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
