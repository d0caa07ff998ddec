package dev.followup.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.InterviewJson;
import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.as;
import static dev.followup.contract.Api.rawAnonymous;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs and metrics never carry personal data: a candidate with recognisable names, emails and free text goes through
 * registration, plans, drafts, updates, outcomes, batches, inbound webhooks and deletion, the happy paths and
 * the refusals (bad input often ends up quoted in an exception), while every log record of every logger is
 * captured, ours down to DEBUG (the build's minimum level). None may hold any of those strings, in its message, its parameters or its
 * exception chain.
 */
@QuarkusTest
class PersonalDataInLogsAndMetricsTest {

    private static final String TENANT = "tenant-logs";
    private static final String CANDIDATE = DevToken.candidate("logs-candidate", TENANT).sign();
    private static final String ATS = DevToken.integration("logs-ats", TENANT).sign();

    private static final String CANDIDATE_NAME = "Zoraida Quintanilla";
    private static final String CANDIDATE_EMAIL = "zoraida.quintanilla@mail.example";
    private static final String INTERVIEWER_NAME = "Ottoline Marchetti";
    private static final String INTERVIEWER_EMAIL = "ottoline.marchetti@acme.example";
    private static final String TOPIC = "xylophone tuning pipelines";
    private static final String SKILL = "quokka orchestration";
    private static final String SIGNATURE = "Warmly, Zoraida Q.";
    private static final List<String> PERSONAL = List.of(CANDIDATE_NAME, CANDIDATE_EMAIL, INTERVIEWER_NAME,
            INTERVIEWER_EMAIL, TOPIC, SKILL, SIGNATURE, "Quintanilla", "Marchetti", "xylophone", "quokka");

    @jakarta.inject.Inject
    dev.followup.integration.InboundApplier applier;

    private final List<LogRecord> captured = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            captured.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level ownLevel;

    @BeforeEach
    void captureEveryLogRecord() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        Logger own = Logger.getLogger("dev.followup");
        ownLevel = own.getLevel();
        own.setLevel(Level.ALL);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("dev.followup").setLevel(ownLevel);
    }

    private static RequestSpecification candidate() {
        return as(CANDIDATE);
    }

    private static Map<String, Object> interview() {
        Map<String, Object> body = InterviewJson.interview();
        body.put("interviewers",
                new ArrayList<>(List.of(InterviewJson.interviewer(INTERVIEWER_NAME, INTERVIEWER_EMAIL))));
        body.put("topics", new ArrayList<>(List.of(TOPIC)));
        body.put("skills", new ArrayList<>(List.of(SKILL)));
        body.put("candidate", Map.of("name", CANDIDATE_NAME, "email", CANDIDATE_EMAIL, "signature", SIGNATURE));
        return body;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = interview();
        body.put(field, value);
        return body;
    }

    @Test
    void noLogRecordOrMetricHoldsACandidatesOrInterviewersData() {
        candidate().body(Map.of("name", CANDIDATE_NAME, "email", CANDIDATE_EMAIL, "signature", SIGNATURE))
                .put("/candidate-profile").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
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

        // The plan, a draft, a saved draft and a checked one.
        String followUp = candidate().get("/interviews/" + id + "/follow-ups").then().statusCode(200)
                .extract().path("items[0].id");
        candidate().get("/follow-ups/" + followUp + "/draft").then().statusCode(200);
        candidate()
                .body(Map.of("channel", "email", "body",
                        "Dear Ottoline Marchetti, thanks for the quokka chat. " + SIGNATURE))
                .put("/follow-ups/" + followUp + "/draft/saved").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
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
        RequestSpecification ats = as(ATS).header("On-Behalf-Of", "logs-candidate");
        Map<String, Object> bad = with("interviewers",
                List.of(InterviewJson.interviewer(INTERVIEWER_NAME, "not-an-email")));
        as(ATS).body(Map.of("items", List.of(
                Map.of("candidateId", "logs-candidate", "source", "greenhouse", "remoteId", "gh-logs-1", "interview",
                        interview()),
                Map.of("candidateId", "logs-candidate", "source", "greenhouse", "remoteId", "gh-logs-2", "interview",
                        bad))))
                .post("/interviews/batch").then().statusCode(200)
                .body("results.status", org.hamcrest.Matchers.contains(201, 400));
        ats.body(interview()).put("/interviews/by-remote-id/greenhouse/gh-logs-3").then().statusCode(201);
        String webhook = as(ATS).body(Map.of("vendor", "ashby", "secret", "whsec-logs-0123456789abcdef"))
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
                .header("Ashby-Signature", "sha256=" + hmacHex("whsec-logs-0123456789abcdef", schedule))
                .body(schedule.getBytes(StandardCharsets.UTF_8)).post(webhook).then().statusCode(200);
        applier.applyDue(TENANT); // mapped and applied (it names no registered interview: nothing to move)

        candidate().delete("/interviews/" + id).then().statusCode(org.hamcrest.Matchers.oneOf(200, 204));

        Logger.getLogger("dev.followup.system").fine("capture check");
        assertThat(captured).as("the capture sees our loggers' debug records")
                .anyMatch(r -> "capture check".equals(r.getMessage()));
        List<String> leaks = new ArrayList<>();
        for (LogRecord record : captured) {
            String text = rendered(record).toLowerCase(Locale.ROOT);
            for (String value : PERSONAL) {
                if (text.contains(value.toLowerCase(Locale.ROOT))) {
                    leaks.add(record.getLoggerName() + " " + record.getLevel() + ": " + rendered(record));
                    break;
                }
            }
        }
        assertThat(leaks).as("log records holding personal data").isEmpty();

        // The metrics the same requests left (their tags: paths, statuses) hold none either.
        String metrics = rawAnonymous().get("/q/metrics").then().statusCode(200).extract().asString()
                .toLowerCase(Locale.ROOT);
        assertThat(metrics).contains("http_server_requests");
        assertThat(PERSONAL).noneMatch(value -> metrics.contains(value.toLowerCase(Locale.ROOT)));
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

    /** The record as a log line would show it: the message with its parameters, and the whole exception chain. */
    private static String rendered(LogRecord record) {
        StringBuilder text = new StringBuilder(new SimpleFormatter().formatMessage(record));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append(' ').append(trace);
        }
        return text.toString();
    }
}
