package dev.followup.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.InterviewJson;
import dev.followup.contract.QueryPlans;
import dev.followup.identity.DevToken;
import dev.followup.integration.InboundApplier;

import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.Fixtures.idOf;
import static dev.followup.privacy.SeededCandidate.ATS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Issue 19: an integration erases one interviewer, by email, from every interview of its tenant. Their
 * interviews change without them and plans are recomputed; what stays (history, the candidates' saved drafts
 * and notes, events, vendor webhooks, kept responses) no longer names them: proven, as for a candidate, by
 * scanning every text column of the schema for their name and email.
 */
@QuarkusTest
class InterviewerErasureTest {

    private static final String OTHER_TENANT = "tenant-privacy-other";

    @Inject
    DataSource dataSource;

    @Inject
    InboundApplier applier;

    @Inject
    QueryPlans plans;

    private final String mark = UUID.randomUUID().toString().substring(0, 8);
    /** The interviewer to erase: unique words, so that the scan finds only what this test stored. */
    private final String first = "Nadia" + mark.replace("-", "");
    private final String last = "Keller" + mark.replace("-", "");
    private final String name = first + " " + last;
    /** Registered in mixed case, erased in lower case. */
    private final String email = "Nadia.Keller." + mark + "@Acme.example";
    private final String colleague = "Omar Haddad" + mark;

    @Test
    void theInterviewerIsRemovedEverywhereInTheTenantAndNothingStoredNamesThemAnyMore() {
        String a = "cand-ia-" + mark;
        String b = "cand-ib-" + mark;
        String c = "cand-ic-" + mark;
        // A: the interviewer and a colleague; a draft to each, a status check to them skipped with a note.
        Map<String, Object> body = interview(List.of(InterviewJson.interviewer(name, email),
                InterviewJson.interviewer(colleague, "omar." + mark + "@acme.example")));
        String first = candidate(a).header("Idempotency-Key", "idem-" + mark).body(body).post("/interviews").then()
                .statusCode(201).extract().path("id");
        JsonPath plan = plan(a, first);
        String toThem = thankYouTo(plan, name);
        String toColleague = thankYouTo(plan, colleague);
        save(a, toThem, "Dear " + this.first + ",\n\nThank you for the talk about the on-call rotation.");
        save(a, toColleague, "Dear Omar,\n\nThank you. " + this.first + " mentioned your team's migration.");
        String check = idOf(plan, "status_check");
        candidate(a).body(Map.of("note", "Called " + this.first + " instead.")).post("/follow-ups/" + check + "/skip")
                .then().statusCode(200);
        // B: registered by the ATS, the interviewer alone on it, and named by a vendor webhook still pending.
        String url = as(ATS).body(Map.of("vendor", "ashby", "secret", SeededCandidate.VENDOR_SECRET))
                .put("/integrations/ashby-erasure-" + mark).then().statusCode(201).extract().path("webhookUrl");
        String schedule = "sched-" + mark;
        Map<String, Object> ats = interview(List.of(InterviewJson.interviewer(name, email)));
        ats.put("source", "ashby");
        ats.put("remoteId", schedule);
        String second = as(ATS).header("On-Behalf-Of", b).body(ats).post("/interviews").then().statusCode(201)
                .extract().path("id");
        SeededCandidate.receive(url, SeededCandidate.ashbySchedule("action-" + mark, schedule, "evt-" + mark,
                this.first, email, "2026-03-12T15:00:00.000Z", "2026-03-12T15:45:00.000Z"));
        // C, in the same tenant, and a candidate of another tenant with the same interviewer: not touched.
        String untouched = candidate(c).body(interview(List.of(InterviewJson.interviewer(colleague,
                "omar." + mark + "@acme.example")))).post("/interviews").then().statusCode(201).extract().path("id");
        String elsewhere = as(DevToken.candidate("cand-id-" + mark, OTHER_TENANT).sign())
                .body(interview(List.of(InterviewJson.interviewer(name, email)))).post("/interviews").then()
                .statusCode(201).extract().path("id");

        List<String> words = List.of(name, this.first, last, email);
        Map<String, Map<String, Long>> before = SchemaScan.whereStored(dataSource, TENANT, words, List.of());
        assertThat(before.get(name).keySet()).as("where the scan finds the name before the erasure")
                .anyMatch(column -> column.equalsIgnoreCase("interviewer.name"))
                .anyMatch(column -> column.toLowerCase().startsWith("event."))
                .anyMatch(column -> column.toLowerCase().startsWith("follow_up."))
                .anyMatch(column -> column.toLowerCase().startsWith("idempotency_key."));
        assertThat(before.get(this.first).keySet()).as("where the scan finds the first name")
                .anyMatch(column -> column.toLowerCase().startsWith("saved_draft."))
                .anyMatch(column -> column.toLowerCase().startsWith("inbound_event."));
        int versionOfC = candidate(c).get("/interviews/" + untouched).then().statusCode(200).extract().path("version");

        JsonPath erasure = as(ATS).body(Map.of("email", email.toLowerCase())).post("/interviewer-erasures").then()
                .statusCode(200).contentType(ContentType.JSON).body("erasedBy", equalTo("ats-sync"))
                .body("interviews", equalTo(2)).body("rows.interviewer", equalTo(2))
                .body("rows.saved_draft", equalTo(2)).extract().jsonPath();
        Map<String, Integer> rows = erasure.getMap("rows", String.class, Integer.class);
        assertThat(List.of("follow_up", "event", "inbound_event", "idempotency_key"))
                .allSatisfy(table -> assertThat(rows.get(table)).as("rows changed in %s", table).isPositive());
        assertThat(erasure.getInt("total")).isEqualTo(rows.values().stream().mapToInt(Integer::intValue).sum());

        assertThat(SchemaScan.left(SchemaScan.whereStored(dataSource, TENANT, words, List.of())))
                .as("the interviewer still stored in the tenant ({table.column=rows})").isEmpty();

        // A's interview goes on with the colleague: their thank-you stays, the draft to them is gone.
        candidate(a).get("/interviews/" + first).then().statusCode(200).body("interviewers.name",
                contains(colleague));
        JsonPath after = plan(a, first);
        candidate(a).get("/follow-ups/" + toThem).then().statusCode(200).body("status", equalTo("cancelled"))
                .body("$", not(hasKey("interviewerName")));
        candidate(a).get("/follow-ups/" + check).then().statusCode(200).body("status", equalTo("skipped"))
                .body("reason", containsString("[name erased]"));
        assertThat(after.getString("items.find { it.id == '" + toColleague + "' }.status")).isIn("pending", "due",
                "overdue");
        candidate(a).get("/follow-ups/" + toThem + "/draft/saved").then().statusCode(404);
        String kept = candidate(a).get("/follow-ups/" + toColleague + "/draft/saved").then().statusCode(200)
                .extract().path("body");
        assertThat(kept).contains("Dear Omar", "[erased] mentioned");
        String next = after.getString("items.find { it.type == 'final_follow_up' }.id");
        assertThat(candidate(a).get("/follow-ups/" + next + "/draft").then().statusCode(200).extract().asString())
                .contains("Omar").doesNotContain(this.first);
        // B's interview has no one left to write to: no plan until the ATS or B adds someone.
        as(ATS).header("On-Behalf-Of", b).get("/interviews/" + second).then().statusCode(200)
                .body("interviewers", empty());
        as(ATS).header("On-Behalf-Of", b).get("/interviews/" + second + "/follow-ups").then().statusCode(200)
                .body("items.findAll { it.status in ['pending', 'due', 'overdue'] }", empty());
        // The pending webhook, redacted, still moves B's interview: it is read for ids and times only.
        applier.applyDue(TENANT);
        as(ATS).header("On-Behalf-Of", b).get("/interviews/" + second).then().statusCode(200)
                .body("startAt", equalTo("2026-03-12T16:00:00+01:00"));
        // Nobody else changed.
        candidate(c).get("/interviews/" + untouched).then().statusCode(200).body("version", equalTo(versionOfC));
        as(DevToken.candidate("cand-id-" + mark, OTHER_TENANT).sign()).get("/interviews/" + elsewhere).then()
                .statusCode(200).body("interviewers.name", contains(name));

        // Repeated, it finds no one; both are on record.
        JsonPath again = as(ATS).body(Map.of("email", email)).post("/interviewer-erasures").then().statusCode(200)
                .body("interviews", equalTo(0)).body("total", equalTo(0)).extract().jsonPath();
        for (JsonPath done : List.of(erasure, again)) {
            assertThat(count(UUID.fromString(done.getString("id")))).as("the erasure's record").isEqualTo(1);
        }
    }

    @Test
    void onlyAnIntegrationErasesAnInterviewerAndOnlyForItsWholeTenant() {
        as(DevToken.candidate("cand-ie-" + mark, TENANT).sign()).body(Map.of("email", email))
                .post("/interviewer-erasures").then().statusCode(403).contentType("application/problem+json");
        as(ATS).header("On-Behalf-Of", "cand-ie-" + mark).body(Map.of("email", email)).post("/interviewer-erasures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("On-Behalf-Of"));
        for (Object bad : List.of("", "not-an-address", "a\u0007b@acme.example")) {
            as(ATS).body(Map.of("email", bad)).post("/interviewer-erasures").then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("email"));
        }
        as(ATS).body(Map.of()).post("/interviewer-erasures").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("email"));
    }

    @Test
    void aLaterRoundLeftWithoutInterviewersNoLongerSupersedesTheEarlierOne() {
        String d = "cand-if-" + mark;
        Map<String, Object> firstRound = interview(List.of(InterviewJson.interviewer(colleague,
                "omar." + mark + "@acme.example")));
        firstRound.put("startAt", "2026-03-02T14:00:00+01:00");
        firstRound.put("endAt", "2026-03-02T15:00:00+01:00");
        String process = candidate(d).body(firstRound).post("/interviews").then().statusCode(201).extract()
                .path("processId");
        String earlier = candidate(d).get("/interviews?pageSize=1").then().statusCode(200).extract()
                .path("items[0].id");
        Map<String, Object> secondRound = interview(List.of(InterviewJson.interviewer(name, email)));
        secondRound.put("processId", process);
        candidate(d).body(secondRound).post("/interviews").then().statusCode(201);
        // R12: the second round carries the status checks; the first has none open.
        assertThat(openStatusChecks(d, earlier)).isZero();

        as(ATS).body(Map.of("email", email)).post("/interviewer-erasures").then().statusCode(200);

        // Nobody is left to ask in the second round: the first round's interviewer is asked again.
        assertThat(openStatusChecks(d, earlier)).isPositive();
    }

    private static int openStatusChecks(String subject, String interviewId) {
        return plan(subject, interviewId).getList("items.findAll { it.type == 'status_check' && "
                + "it.status in ['pending', 'due', 'overdue'] }").size();
    }

    @Test
    void theErasureFindsWhatNamesTheInterviewerBySeeks() {
        // The interviewer's rows, whatever the spelling of the address: one seek of the tenant's email index.
        assertThat(plans.explain("select distinct interview_id from interviewer where tenant_id = :tenant "
                + "and email_key = :key", Map.of("tenant", TENANT, "key", "maria.lopez@acme.example"))
                .toLowerCase()).contains("ix_interviewer_email").doesNotContain("seq scan")
                .doesNotContain("tablescan");
        // The vendor webhooks naming an interview, by its remote id: the link table's key (on an empty table
        // PostgreSQL may take the link table's other index, which leads with the tenant too).
        assertThat(plans.explain("select inbound_event_id from inbound_event_interview where tenant_id = :tenant "
                + "and remote_source = :source and remote_id = :remote",
                Map.of("tenant", TENANT, "source", "ASHBY", "remote", "r")).toLowerCase())
                .containsPattern("pk_inbound_event_interview|primary_key|ix_inbound_event_interview_event")
                .doesNotContain("seq scan").doesNotContain("tablescan");
    }

    private static RequestSpecification candidate(String subject) {
        return as(DevToken.candidate(subject, TENANT).sign());
    }

    /** An interview still to come (the clock stands at 2026-03-09), so that its thank-yous are open. */
    private static Map<String, Object> interview(List<Map<String, Object>> interviewers) {
        Map<String, Object> body = InterviewJson.interview();
        body.put("startAt", "2026-03-10T14:00:00+01:00");
        body.put("endAt", "2026-03-10T15:00:00+01:00");
        body.remove("expectedDecisionDate"); // R4: the first status check then names its recipient
        body.put("interviewers", new ArrayList<>(interviewers));
        body.put("candidate", Map.of("name", "Jane Roe", "email", "jane.roe@example.test"));
        return body;
    }

    private static JsonPath plan(String subject, String interviewId) {
        return candidate(subject).get("/interviews/" + interviewId + "/follow-ups").then().statusCode(200).extract()
                .jsonPath();
    }

    private static String thankYouTo(JsonPath plan, String name) {
        return plan.getString("items.find { it.type == 'thank_you' && it.interviewerName == '" + name + "' }.id");
    }

    private static void save(String subject, String followUp, String text) {
        candidate(subject).body(Map.of("channel", "email", "subject", "Thank you", "body", text))
                .put("/follow-ups/" + followUp + "/draft/saved").then().log().ifValidationFails().statusCode(201);
    }

    private long count(UUID erasure) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from erasure where id = ? and kind = ?")) {
            statement.setObject(1, erasure);
            statement.setString(2, "interviewer");
            return SchemaScan.single(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
