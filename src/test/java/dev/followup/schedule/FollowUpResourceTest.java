package dev.followup.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.contract.Database;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Fixtures.idOf;
import static dev.followup.contract.Fixtures.plan;
import static dev.followup.contract.Fixtures.register;
import static dev.followup.contract.Fixtures.registerNow;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The plan over HTTP: computed on registration, recomputed in place on every change that matters,
 * changed by outcomes (R10 to R12), and worked through by the candidate. The default interview
 * ended on Friday 6 March 2026 at 15:00 in Berlin, with a decision date of Friday 13 March; it is
 * registered half an hour after it ended ({@link #register}), and the clock stands at Monday 9 March,
 * 11:00 local.
 */
@QuarkusTest
class FollowUpResourceTest {

    @Inject
    Database database;

    @Inject
    TestClock clock;

    @Nested
    class Planning {

        @Test
        void registeringAnInterviewPlansItsFollowUps() {
            String id = register(interview());
            api().get("/interviews/" + id + "/follow-ups").then().statusCode(200)
                    .body("items.type",
                            contains("thank_you", "thank_you", "status_check", "final_follow_up", "move_on"))
                    .body("items.interviewerName",
                            contains("Maria Lopez", "Sam Chen", "Maria Lopez", "Maria Lopez", null))
                    .body("items[0].status", equalTo("overdue"))
                    .body("items[0].channel", equalTo("email"))
                    .body("items[0].rules", contains("R1", "R3", "R14")) // Friday afternoon: thanked before closing
                    .body("items[2].status", equalTo("pending"))
                    .body("items[2].earliestLocal", equalTo("2026-03-16T09:00:00+01:00"))
                    .body("items[2].earliestAt", equalTo("2026-03-16T08:00:00Z"))
                    .body("items[2].rules", contains("R5", "R14"))
                    .body("items[2].reason", containsString("Decision date 13 March has passed"))
                    .body("items[4].channel", equalTo(null))
                    .body("items.companyName", everyItem(equalTo("Acme Robotics")))
                    .body("items.sequence", everyItem(equalTo(0)));
        }

        @Test
        void theStatusFollowsTheClock() {
            String id = register(interview());
            clock.set(Instant.parse("2026-03-16T08:30:00Z"));
            assertThat(plan(id).getString("items[2].status")).isEqualTo("due");
            clock.set(Instant.parse("2026-03-18T16:01:00Z"));
            assertThat(plan(id).getString("items[2].status")).isEqualTo("overdue");
        }

        @Test
        void aChangedDecisionDateMovesTheCheckInPlace() {
            String id = register(interview());
            String checkId = idOf(plan(id), "status_check");
            Map<String, Object> changed = interview();
            changed.put("expectedDecisionDate", "2026-03-17");
            api().header("If-Match", "\"0\"").body(changed).put("/interviews/" + id).then().statusCode(200);

            JsonPath after = plan(id);
            assertThat(idOf(after, "status_check")).isEqualTo(checkId);
            api().get("/follow-ups/" + checkId).then().statusCode(200)
                    .body("earliestLocal", equalTo("2026-03-18T09:00:00+01:00"))
                    .body("sequence", equalTo(1));
            assertThat(database.count("follow_up")).isEqualTo(5);
        }

        @Test
        void anEmployerWhoAskedForNoFollowUpGetsNoChecks() {
            Map<String, Object> body = interview();
            body.put("noFollowUpRequested", true);
            String id = register(body);
            api().get("/interviews/" + id + "/follow-ups").then()
                    .body("items.type", contains("thank_you", "thank_you", "move_on"))
                    .body("items[2].rules", hasItem("R9"));
        }

        @Test
        void turningOffFollowUpsCancelsThePendingChecksAndKeepsThemAsHistory() {
            String id = register(interview());
            Map<String, Object> changed = interview();
            changed.put("noFollowUpRequested", true);
            api().header("If-Match", "\"0\"").body(changed).put("/interviews/" + id).then().statusCode(200);
            api().get("/interviews/" + id + "/follow-ups").then()
                    .body("items.find { it.type == 'status_check' }.status", equalTo("cancelled"))
                    .body("items.find { it.type == 'status_check' }.statusNote", containsString("R9"));
        }

        @Test
        void cadenceAndFirstCheckAreChosenPerInterview() {
            Map<String, Object> body = interview();
            body.remove("expectedDecisionDate");
            body.put("cadence", "conservative");
            body.put("firstCheck", "three_business_days");
            String id = register(body);
            api().get("/interviews/" + id).then().body("cadence", equalTo("conservative"))
                    .body("firstCheck", equalTo("three_business_days"));
            api().get("/interviews/" + id + "/follow-ups").then()
                    .body("items.type", contains("thank_you", "thank_you", "status_check", "move_on"))
                    .body("items[2].earliestLocal", equalTo("2026-03-11T09:00:00+01:00"));
        }

        @Test
        void readingAPlanTakesOneStatementWhenItCanAndWritesNothing() {
            String id = register(interview());
            var statistics = database.statistics();
            statistics.clear();
            api().header("Accept-Language", "fr").get("/interviews/" + id + "/follow-ups").then().statusCode(200)
                    .body("items", hasSize(5));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            assertThat(statistics.getFlushCount()).isZero();
            // no language asked for: the interview's setting comes with the items, the profile's is read after
            statistics.clear();
            api().get("/interviews/" + id + "/follow-ups").then().statusCode(200).body("items", hasSize(5));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
            statistics.clear();
            Map<String, Object> french = interview();
            french.put("candidate", Map.of("language", "fr"));
            String own = register(french);
            statistics.clear();
            api().get("/interviews/" + own + "/follow-ups").then().statusCode(200).header("Content-Language", "fr");
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            assertThat(statistics.getFlushCount()).isZero();
        }

        @Test
        void anInterviewWithNoFollowUpsLeftHasAnEmptyPlanNotA404() {
            String id = register(interview());
            database.empty("follow_up");
            api().get("/interviews/" + id + "/follow-ups").then().statusCode(200).body("items", hasSize(0));
        }

        @Test
        void deletingTheInterviewDeletesItsPlan() {
            String id = register(interview());
            api().delete("/interviews/" + id).then().statusCode(204);
            assertThat(database.count("follow_up")).isZero();
        }
    }

    @Nested
    class Rounds_R12 {

        @Test
        void aSecondRoundSupersedesTheFirstRoundsPendingChecks() {
            String first = register(interview());
            String process = api().get("/interviews/" + first).then().extract().path("processId");
            Map<String, Object> second = interview();
            second.put("round", "onsite");
            second.put("startAt", "2026-03-12T10:00:00+01:00");
            second.put("endAt", "2026-03-12T12:00:00+01:00");
            second.put("expectedDecisionDate", "2026-03-20");
            second.put("processId", process);
            String secondId = register(second);

            api().get("/interviews/" + first + "/follow-ups").then()
                    .body("items.findAll { it.type == 'thank_you' }.status", everyItem(equalTo("overdue")))
                    .body("items.findAll { it.type != 'thank_you' }.status", everyItem(equalTo("cancelled")))
                    .body("items.find { it.type == 'status_check' }.statusNote", containsString("R12"));
            api().get("/interviews/" + secondId + "/follow-ups").then()
                    .body("items.type",
                            contains("thank_you", "thank_you", "status_check", "final_follow_up", "move_on"))
                    .body("items[2].earliestLocal", equalTo("2026-03-23T09:00:00+01:00"));
        }
    }

    @Nested
    class Outcomes_R10_R11 {

        @Test
        void aRejectionWhileChecksArePendingClosesTheProcessAndAsksForFeedback() {
            String id = register(interview());
            api().body(Map.of("type", "rejected", "at", "2026-03-09T10:30:00+01:00"))
                    .post("/interviews/" + id + "/outcome").then().statusCode(200)
                    .body("items.find { it.type == 'rejection_feedback' }.status", equalTo("due"))
                    .body("items.find { it.type == 'rejection_feedback' }.rules", contains("R11", "R10", "R14"))
                    .body("items.find { it.type == 'status_check' }.status", equalTo("cancelled"))
                    .body("items.find { it.type == 'status_check' }.statusNote", containsString("closed"));
            api().get("/interviews/" + id).then().body("status", equalTo("closed"))
                    .body("outcome", equalTo("rejected"))
                    .body("outcomeAt", equalTo("2026-03-09T10:30:00+01:00"));
        }

        @Test
        void anAnswerStopsTheChecksAndANewDateBringsOneCheckAfterIt() {
            String id = register(interview());
            api().body(Map.of("type", "answered")).post("/interviews/" + id + "/outcome").then().statusCode(200)
                    .body("items.findAll { it.status != 'cancelled' }.type", contains("thank_you", "thank_you"));
            api().body(Map.of("type", "answered", "nextDecisionDate", "2026-03-20"))
                    .post("/interviews/" + id + "/outcome").then().statusCode(200)
                    .body("items.findAll { it.status == 'pending' }.type", contains("status_check", "move_on"))
                    .body("items.find { it.status == 'pending' }.earliestLocal", equalTo("2026-03-23T09:00:00+01:00"));
        }

        @Test
        void aCorrectedOutcomeReopensTheProcess() {
            String id = register(interview());
            api().body(Map.of("type", "rejected")).post("/interviews/" + id + "/outcome").then().statusCode(200);
            api().body(Map.of("type", "answered", "nextDecisionDate", "2026-03-20"))
                    .post("/interviews/" + id + "/outcome").then().statusCode(200)
                    .body("items.find { it.type == 'rejection_feedback' }.status", equalTo("cancelled"))
                    .body("items.find { it.status == 'pending' }.type", equalTo("status_check"));
            api().get("/interviews/" + id).then().body("status", equalTo("completed"))
                    .body("outcome", equalTo("answered"));
        }

        @Test
        void refusesAnOutcomeFromTheFutureOrADecisionDateWithoutAnAnswerOrAYearAway() {
            String id = register(interview());
            api().body(Map.of("type", "offer", "at", "2026-04-01T10:00:00+02:00"))
                    .post("/interviews/" + id + "/outcome").then().statusCode(400)
                    .body("violations.field", contains("at"));
            api().body(Map.of("type", "rejected", "nextDecisionDate", "2026-03-20"))
                    .post("/interviews/" + id + "/outcome").then().statusCode(400)
                    .body("violations.field", contains("nextDecisionDate"));
            api().body(Map.of("type", "answered", "nextDecisionDate", "2027-03-10"))
                    .post("/interviews/" + id + "/outcome").then().statusCode(400)
                    .body("violations.field", contains("nextDecisionDate"))
                    .body("violations[0].message", containsString("within a year"));
            api().body(Map.of("type", "hired")).post("/interviews/" + id + "/outcome").then().statusCode(400)
                    .body("violations.field", contains("type"));
            api().body(Map.of()).post("/interviews/" + id + "/outcome").then().statusCode(400)
                    .body("violations.field", contains("type"));
            api().get("/interviews/" + id).then().body("version", equalTo(0));
        }

        @Test
        void refusesAnOutcomeDatedBeforeTheInterviewEnded() {
            String id = register(interview()); // ended Friday 6 March, 15:00 Berlin
            api().body(Map.of("type", "rejected", "at", "2026-03-06T14:30:00+01:00"))
                    .post("/interviews/" + id + "/outcome").then().statusCode(400)
                    .body("violations.field", contains("at"))
                    .body("violations[0].message",
                            containsString("before the interview ended (2026-03-06T15:00+01:00)"));
            assertNothingChanged(id);
        }

        @Test
        void refusesAnOutcomeForARoundThatHasNotTakenPlace() {
            Map<String, Object> tomorrow = interview();
            tomorrow.put("startAt", "2026-03-10T14:00:00+01:00");
            tomorrow.put("endAt", "2026-03-10T15:00:00+01:00");
            String id = register(tomorrow);
            api().body(Map.of("type", "rejected")).post("/interviews/" + id + "/outcome").then().statusCode(422)
                    .body("type", equalTo("urn:interview-followup:problem:unprocessable"))
                    .body("detail", containsString("has not taken place yet"))
                    .body("violations.field", contains("at"));
            assertNothingChanged(id);
        }

        @Test
        void refusesAnOutcomeForACancelledInterview() {
            Map<String, Object> cancelled = interview();
            cancelled.put("status", "cancelled");
            String id = register(cancelled);
            api().body(Map.of("type", "offer")).post("/interviews/" + id + "/outcome").then().statusCode(422)
                    .body("detail", containsString("cancelled"));
            assertNothingChanged(id);
        }

        private void assertNothingChanged(String id) {
            api().get("/interviews/" + id).then().body("version", equalTo(0)).body("outcome", nullValue());
            assertThat(plan(id).getList("items.findAll { it.type == 'rejection_feedback' }")).isEmpty();
        }
    }

    @Nested
    class LinkedIn_R13 {

        @Test
        void everyInterviewerGetsAConnectionAndAMissingAddressIsExplained() {
            Map<String, Object> body = interview();
            body.put("linkedInConnectionAllowed", true);
            dev.followup.contract.InterviewJson.firstInterviewer(body).put("linkedInUrl",
                    "https://www.linkedin.com/in/maria-lopez");
            String id = register(body);
            JsonPath plan = plan(id);
            assertThat(plan.getList("items.findAll { it.type == 'linkedin_connection' }.interviewerName",
                    String.class)).containsExactly("Maria Lopez", "Sam Chen");
            assertThat(plan.getString("items.find { it.type == 'linkedin_connection' && "
                    + "it.interviewerName == 'Sam Chen' }.reason")).contains("No LinkedIn address is known");
            assertThat(plan.getString("items.find { it.type == 'linkedin_connection' && "
                    + "it.interviewerName == 'Maria Lopez' }.reason")).doesNotContain("No LinkedIn address");
        }
    }

    @Nested
    class ClosingWithoutAnOutcome {

        @Test
        void markingAnInterviewClosedCancelsItsOpenItemsWithAReason() {
            String id = register(interview());
            Map<String, Object> closed = interview();
            closed.put("status", "closed");
            api().header("If-Match", "\"0\"").body(closed).put("/interviews/" + id).then().statusCode(200);
            JsonPath plan = plan(id);
            assertThat(plan.getList("items.status", String.class)).containsOnly("cancelled");
            assertThat(plan.getList("items.statusNote", String.class)).allSatisfy(
                    note -> assertThat(note).contains("marked closed"));
            assertThat(plan.getList("items.findAll { it.status == 'cancelled' }")).hasSize(5);
        }

        @Test
        void reopeningTheInterviewReopensItsPlan() {
            String id = register(interview());
            Map<String, Object> body = interview();
            body.put("status", "closed");
            api().header("If-Match", "\"0\"").body(body).put("/interviews/" + id).then().statusCode(200);
            body.put("status", "completed");
            api().header("If-Match", "\"1\"").body(body).put("/interviews/" + id).then().statusCode(200);
            assertThat(plan(id).getList("items.status", String.class)).doesNotContain("cancelled");
        }
    }

    @Nested
    class RegisteredAfterTheFact {

        @Test
        void stepsWhoseWindowClosedBeforeRegistrationAreMissedNotOverdue() {
            clock.set(Instant.parse("2026-03-30T08:00:00Z")); // three weeks after the interview
            String id = registerNow(interview());
            JsonPath plan = plan(id);
            assertThat(plan.getList("items.findAll { it.type == 'thank_you' }.status", String.class))
                    .containsOnly("missed");
            assertThat(plan.getString("items.find { it.type == 'status_check' }.status")).isEqualTo("missed");
            assertThat(plan.getString("items.find { it.type == 'status_check' }.statusNote"))
                    .contains("before the interview was registered");
            assertThat(plan.getList("items.status", String.class)).doesNotContain("overdue");
            // the process has been silent too long for a check: the move-on is due now
            assertThat(plan.getString("items.find { it.type == 'move_on' }.status")).isEqualTo("due");
            api().get("/agenda").then().statusCode(200).body("items.type", contains("move_on"));
        }

        @Test
        void missedItemsAreListedWhenAskedForAndCanStillBeMarkedDone() {
            clock.set(Instant.parse("2026-03-30T08:00:00Z"));
            String id = registerNow(interview());
            String thanks = idOf(plan(id), "thank_you");
            api().queryParam("status", "missed").queryParam("days", 90).get("/agenda").then().statusCode(200)
                    .body("items.status", everyItem(equalTo("missed")))
                    .body("items.id", hasItem(thanks));
            // the candidate had sent it before registering the interview
            api().body(Map.of("at", "2026-03-06T18:00:00+01:00", "channel", "email"))
                    .post("/follow-ups/" + thanks + "/done").then().statusCode(200).body("status", equalTo("done"));
        }

        @Test
        void aLateThankYouIsStillDueForAFewDays() {
            clock.set(Instant.parse("2026-03-09T10:00:00Z")); // Monday after a Friday interview
            String id = registerNow(interview());
            JsonPath plan = plan(id);
            assertThat(plan.getList("items.findAll { it.type == 'thank_you' }.status", String.class))
                    .containsOnly("due");
            assertThat(plan.getString("items.find { it.type == 'thank_you' }.reason")).contains("still counts");
            assertThat(plan.getString("items.find { it.type == 'thank_you' }.latestLocal"))
                    .isEqualTo("2026-03-11T17:00:00+01:00");
        }
    }

    @Nested
    class DoneAndSkipped {

        @Test
        void markingDoneRecordsWhenAndHowAndTheLastChannelUsed() {
            String id = register(interview());
            String thanks = idOf(plan(id), "thank_you");
            api().body(Map.of("at", "2026-03-06T18:00:00+01:00", "channel", "email"))
                    .post("/follow-ups/" + thanks + "/done").then().statusCode(200)
                    .body("status", equalTo("done"))
                    .body("doneAt", equalTo("2026-03-06T17:00:00Z"))
                    .body("doneChannel", equalTo("email"))
                    .body("sequence", equalTo(1));
            api().get("/interviews/" + id).then().body("lastChannelUsed", equalTo("email"));
            api().post("/follow-ups/" + thanks + "/done").then().statusCode(200).body("status", equalTo("done"));
            api().post("/follow-ups/" + thanks + "/skip").then().statusCode(409)
                    .contentType("application/problem+json");
        }

        @Test
        void doneItemsStayHistoryWhenThePlanIsRecomputed() {
            String id = register(interview());
            String thanks = idOf(plan(id), "thank_you");
            api().post("/follow-ups/" + thanks + "/done").then().statusCode(200);
            Map<String, Object> changed = interview();
            changed.put("jobTitle", "Staff Engineer");
            String etag = api().get("/interviews/" + id).then().extract().header("ETag");
            api().header("If-Match", etag).body(changed).put("/interviews/" + id).then().statusCode(200);
            api().get("/follow-ups/" + thanks).then().body("status", equalTo("done"))
                    .body("jobTitle", equalTo("Staff Engineer"));
            assertThat(database.count("follow_up")).isEqualTo(5);
        }

        @Test
        void skippingKeepsTheNote() {
            String id = register(interview());
            String check = idOf(plan(id), "status_check");
            api().body(Map.of("note", "Spoke to Maria on the phone.")).post("/follow-ups/" + check + "/skip").then()
                    .statusCode(200)
                    .body("status", equalTo("skipped"))
                    .body("statusNote", equalTo("Spoke to Maria on the phone."));
            api().post("/follow-ups/" + check + "/done").then().statusCode(409);
        }

        @Test
        void refusesADoneTimeInTheFutureAndAnUnknownChannel() {
            String thanks = idOf(plan(register(interview())), "thank_you");
            api().body(Map.of("at", "2026-12-01T10:00:00Z")).post("/follow-ups/" + thanks + "/done").then()
                    .statusCode(400).body("violations.field", contains("at"));
            api().body(Map.of("channel", "fax")).post("/follow-ups/" + thanks + "/done").then()
                    .statusCode(400).body("violations.field", contains("channel"));
            api().body(Map.of("note", "x".repeat(301))).post("/follow-ups/" + thanks + "/skip").then()
                    .statusCode(400).body("violations.field", contains("note"));
            api().get("/follow-ups/" + thanks).then().body("status", equalTo("overdue"));
        }

        @Test
        void answers404ForAnUnknownOrMalformedId() {
            api().get("/follow-ups/0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71").then().statusCode(404)
                    .contentType("application/problem+json");
            api().get("/follow-ups/nope").then().statusCode(400).body("violations.field", contains("id"));
            api().get("/interviews/0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71/follow-ups").then().statusCode(404);
        }
    }

    @Nested
    class Agenda {

        @Test
        void listsOpenItemsOfTheComingDaysAcrossInterviewsInOrder() {
            register(interview());
            Map<String, Object> other = interview();
            other.put("company", Map.of("name", "Globex", "culture", "traditional"));
            other.put("startAt", "2026-03-09T08:00:00+01:00");
            other.put("endAt", "2026-03-09T09:00:00+01:00");
            other.remove("expectedDecisionDate");
            register(other);

            api().get("/agenda").then().statusCode(200)
                    .body("items.type", contains("thank_you", "thank_you", "thank_you", "thank_you", "status_check",
                            "status_check"))
                    .body("items.companyName", contains("Acme Robotics", "Acme Robotics", "Globex", "Globex",
                            "Acme Robotics", "Globex"))
                    .body("items.status", contains("overdue", "overdue", "due", "due", "pending", "pending"))
                    .body("items[2].channel", equalTo("handwritten_note"));
            api().queryParam("days", 30).get("/agenda").then().body("items", hasSize(10));
            api().queryParam("status", "due").get("/agenda").then().body("items.companyName",
                    contains("Globex", "Globex"));
            api().queryParam("type", "status_check").queryParam("days", 30).get("/agenda").then()
                    .body("items.type", everyItem(equalTo("status_check"))).body("items", hasSize(2));
            api().queryParam("channel", "handwritten_note").get("/agenda").then().body("items", hasSize(2));
        }

        @Test
        void pagesWithACursorAndALinkHeader() {
            register(interview());
            var first = api().queryParam("pageSize", 2).queryParam("days", 30).get("/agenda").then().statusCode(200)
                    .header("Link", containsString("rel=\"next\""))
                    .body("items", hasSize(2))
                    .body("next", notNullValue()).extract();
            String next = first.path("next");
            api().queryParam("pageSize", 2).queryParam("days", 30).queryParam("cursor", next).get("/agenda").then()
                    .body("items.type", contains("status_check", "final_follow_up"));
        }

        @Test
        void showsHistoryWhenAskedFor() {
            String id = register(interview());
            api().post("/follow-ups/" + idOf(plan(id), "thank_you") + "/done").then().statusCode(200);
            api().queryParam("status", "done").get("/agenda").then().body("items.status", contains("done"));
            api().queryParam("status", "done").queryParam("status", "overdue").get("/agenda").then()
                    .body("items.status", contains("done", "overdue"));
        }

        @Test
        void refusesBadFilters() {
            for (List<String> bad : List.of(List.of("days", "0"), List.of("days", "91"), List.of("status", "late"),
                    List.of("type", "letter"), List.of("channel", "fax"), List.of("pageSize", "101"),
                    List.of("cursor", "not-a-cursor"))) {
                api().queryParam(bad.get(0), bad.get(1)).get("/agenda").then().statusCode(400)
                        .body("violations.field", contains(bad.get(0)));
            }
        }
    }
}
