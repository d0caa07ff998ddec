package dev.followup.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dev.followup.contract.Database;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.raw;
import static dev.followup.contract.InterviewJson.firstInterviewer;
import static dev.followup.contract.InterviewJson.fromAts;
import static dev.followup.contract.InterviewJson.interview;
import static dev.followup.contract.InterviewJson.interviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class InterviewResourceTest {

    @Inject
    Database database;

    @Inject
    TestClock clock;

    static ExtractableResponse<Response> register(Map<String, Object> body) {
        return api().body(body).post("/interviews").then().statusCode(201).extract();
    }

    @Nested
    class Register {

        @Test
        void answers201WithLocationEtagAndTheStoredInterview() {
            var created = api().body(interview()).post("/interviews").then()
                    .statusCode(201)
                    .header("Location", containsString("/interviews/"))
                    .header("ETag", equalTo("\"0\""))
                    .body("id", notNullValue())
                    .body("processId", notNullValue())
                    .body("company.name", equalTo("Acme Robotics"))
                    .body("company.culture", equalTo("tech"))
                    .body("round", equalTo("technical"))
                    .body("format", equalTo("video"))
                    .body("startAt", equalTo("2026-03-06T14:00:00+01:00"))
                    .body("endAt", equalTo("2026-03-06T15:00:00+01:00"))
                    .body("interviewers.name", contains("Maria Lopez", "Sam Chen"))
                    .body("interviewers.id", hasSize(2))
                    .body("topics", contains("migrating billing to event sourcing", "on-call rotation"))
                    .body("expectedDecisionDate", equalTo("2026-03-13"))
                    .body("source", equalTo("manual"))
                    .body("status", equalTo("completed"))
                    .body("noFollowUpRequested", equalTo(false))
                    .body("linkedInConnectionAllowed", equalTo(false))
                    .body("createdAt", equalTo("2026-03-09T10:00:00Z"))
                    .extract();
            String location = created.header("Location");
            assertThat(location).endsWith("/interviews/" + created.path("id"));
            assertThat(database.count("interview")).isEqualTo(1);
            assertThat(database.count("interviewer")).isEqualTo(2);
        }

        @Test
        void showsTimesInTheCandidatesTimeZoneWhateverOffsetWasSent() {
            var body = interview();
            body.put("startAt", "2026-03-06T13:00:00Z");
            body.put("endAt", "2026-03-06T09:00:00-05:00");
            body.put("timeZone", "America/New_York");
            body.put("countryCode", "US");
            register(body);
            api().get("/interviews").then().statusCode(200)
                    .body("items[0].startAt", equalTo("2026-03-06T08:00:00-05:00"))
                    .body("items[0].endAt", equalTo("2026-03-06T09:00:00-05:00"));
        }

        @Test
        void aFutureInterviewIsScheduledByDefault() {
            var body = interview();
            body.put("startAt", "2026-03-20T14:00:00+01:00");
            body.put("endAt", "2026-03-20T15:00:00+01:00");
            body.remove("expectedDecisionDate");
            register(body);
            api().get("/interviews").then().body("items[0].status", equalTo("scheduled"));
        }

        @Test
        void keepsCandidateContactOverride() {
            var body = interview();
            body.put("candidate", Map.of("name", "Jane Doe", "email", "jane@example.com"));
            api().body(body).post("/interviews").then().statusCode(201)
                    .body("candidate.name", equalTo("Jane Doe"))
                    .body("candidate.email", equalTo("jane@example.com"));
        }

        @Test
        void anInterviewerWithoutATitleIsAccepted() {
            var body = interview();
            firstInterviewer(body).remove("title");
            api().body(body).post("/interviews").then().statusCode(201)
                    .body("interviewers[0].name", equalTo("Maria Lopez"))
                    .body("interviewers[0].title", nullValue())
                    .body("interviewers[1].title", equalTo("Engineering Manager"));
        }

        @Test
        void laterRoundJoinsTheProcessOfTheEarlierOne_R12() {
            String processId = register(interview()).path("processId");
            var second = interview();
            second.put("round", "final");
            second.put("processId", processId);
            api().body(second).post("/interviews").then().statusCode(201).body("processId", equalTo(processId));
        }

        @Test
        void returns422ProblemForAProcessIdOfNoInterview() {
            var body = interview();
            body.put("processId", "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
            api().body(body).post("/interviews").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("processId"));
            assertThat(database.count("interview")).isZero();
        }

        @Test
        void returns409WhenSourceAndRemoteIdExist() {
            register(fromAts("greenhouse", "gh-1"));
            api().body(fromAts("greenhouse", "gh-1")).post("/interviews").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("by-remote-id/greenhouse/gh-1"));
            assertThat(database.count("interview")).isEqualTo(1);
        }

        @Test
        void theSameRemoteIdFromAnotherSourceIsAnotherInterview() {
            register(fromAts("greenhouse", "42"));
            register(fromAts("lever", "42"));
            assertThat(database.count("interview")).isEqualTo(2);
        }
    }

    @Nested
    class Read {

        @Test
        void returnsTheInterviewWithItsEtag() {
            String location = register(interview()).header("Location");
            api().get(location).then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("jobTitle", equalTo("Senior Backend Engineer"))
                    .body("interviewers.email", contains("maria.lopez@acme.example", "sam.chen@acme.example"));
        }

        @Test
        void returns404ProblemForAnUnknownId() {
            api().get("/interviews/0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("title", equalTo("Not found"))
                    .body("detail", containsString("0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70"))
                    .body("instance", equalTo("/interviews/0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70"));
        }

        @Test
        void returns400ProblemForAnIdThatIsNoUuid() {
            api().get("/interviews/not-a-uuid").then().statusCode(400)
                    .body("violations.field", contains("id"));
        }
    }

    @Nested
    class Replace {

        @Test
        void replacesWithTheCurrentEtagAndKeepsInterviewerIdsByEmail() {
            var created = register(interview());
            String location = created.header("Location");
            String mariaId = created.path("interviewers[0].id");
            var body = interview();
            body.put("jobTitle", "Staff Engineer");
            body.put("interviewers", new ArrayList<>(List.of(
                    interviewer("Maria Lopez-Garcia", "MARIA.LOPEZ@acme.example"),
                    interviewer("Ann Lee", "ann.lee@acme.example"))));
            api().header("If-Match", "\"0\"").body(body).put(location).then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("version", equalTo(1))
                    .body("jobTitle", equalTo("Staff Engineer"))
                    .body("interviewers[0].id", equalTo(mariaId))
                    .body("interviewers[0].name", equalTo("Maria Lopez-Garcia"))
                    .body("interviewers.name", contains("Maria Lopez-Garcia", "Ann Lee"));
            assertThat(database.count("interviewer")).isEqualTo(2);
        }

        @Test
        void anInterviewReadWithGetCanBeChangedAndSentBackWhole() {
            String location = register(interview()).header("Location");
            Map<String, Object> read = api().get(location).then().statusCode(200).extract().jsonPath().getMap("$");
            read.put("jobTitle", "Staff Engineer"); // read, change, write back: id, version and audit fields too
            api().header("If-Match", "\"0\"").body(read).put(location).then().statusCode(200)
                    .body("jobTitle", equalTo("Staff Engineer"))
                    .body("id", equalTo(read.get("id")))
                    .body("createdAt", equalTo(read.get("createdAt")));
        }

        @Test
        void aReadOnlyFieldSentBackIsIgnoredNotApplied() {
            String location = register(interview()).header("Location");
            Map<String, Object> read = api().get(location).then().extract().jsonPath().getMap("$");
            read.put("id", "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
            read.put("candidateId", "someone-else");
            read.put("createdBy", "mallory");
            read.put("version", 99);
            read.put("jobTitle", "Staff Engineer");
            api().header("If-Match", "\"0\"").body(read).put(location).then().statusCode(200)
                    .body("candidateId", equalTo("candidate-1"))
                    .body("createdBy", equalTo("candidate-1"))
                    .body("version", equalTo(1));
            assertThat(location).doesNotContain("0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
        }

        @Test
        void returns428WithoutIfMatch() {
            String location = register(interview()).header("Location");
            api().body(interview()).put(location).then().statusCode(428)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("If-Match"));
        }

        @Test
        void returns412ForAStaleEtagAndKeepsTheOtherWrite() {
            String location = register(interview()).header("Location");
            var first = interview();
            first.put("jobTitle", "First writer");
            api().header("If-Match", "\"0\"").body(first).put(location).then().statusCode(200);
            var second = interview();
            second.put("jobTitle", "Second writer");
            api().header("If-Match", "\"0\"").body(second).put(location).then().statusCode(412)
                    .contentType("application/problem+json")
                    .body("detail", containsString("\"1\""));
            api().get(location).then().body("jobTitle", equalTo("First writer"));
        }

        @Test
        void returns409WhenTakingAnotherInterviewsRemoteId() {
            register(fromAts("lever", "lv-1"));
            String location = register(fromAts("lever", "lv-2")).header("Location");
            api().header("If-Match", "\"0\"").body(fromAts("lever", "lv-1")).put(location).then().statusCode(409);
        }

        @Test
        void returns404ForAnUnknownId() {
            api().header("If-Match", "\"0\"").body(interview())
                    .put("/interviews/0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70").then().statusCode(404);
        }
    }

    @Nested
    class Delete {

        @Test
        void deletesTheInterviewAndItsInterviewers() {
            String location = register(interview()).header("Location");
            api().delete(location).then().statusCode(204);
            api().get(location).then().statusCode(404);
            assertThat(database.count("interviewer")).isZero();
        }

        @Test
        void returns412ForAStaleEtag() {
            String location = register(interview()).header("Location");
            api().header("If-Match", "\"7\"").delete(location).then().statusCode(412);
            assertThat(database.count("interview")).isEqualTo(1);
        }

        @Test
        void returns404ForAnUnknownId() {
            api().delete("/interviews/0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70").then().statusCode(404);
        }
    }

    @Nested
    class UpsertByRemoteId {

        @Test
        void createsThenReplaces() {
            String location = api().body(interview()).put("/interviews/by-remote-id/greenhouse/gh-77").then()
                    .statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("source", equalTo("greenhouse"))
                    .body("remoteId", equalTo("gh-77"))
                    .extract().header("Location");
            var changed = interview();
            changed.put("jobTitle", "Principal Engineer");
            api().body(changed).put("/interviews/by-remote-id/greenhouse/gh-77").then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("jobTitle", equalTo("Principal Engineer"));
            api().get(location).then().body("jobTitle", equalTo("Principal Engineer"));
            assertThat(database.count("interview")).isEqualTo(1);
        }

        @Test
        void ifNoneMatchStarOnlyCreates() {
            api().body(interview()).put("/interviews/by-remote-id/ashby/a-1").then().statusCode(201);
            api().header("If-None-Match", "*").body(interview()).put("/interviews/by-remote-id/ashby/a-1").then()
                    .statusCode(409);
        }

        @Test
        void ifMatchIsHonoured() {
            api().body(interview()).put("/interviews/by-remote-id/ashby/a-2").then().statusCode(201);
            api().header("If-Match", "\"3\"").body(interview()).put("/interviews/by-remote-id/ashby/a-2").then()
                    .statusCode(412);
            api().header("If-Match", "\"0\"").body(interview()).put("/interviews/by-remote-id/ashby/a-2").then()
                    .statusCode(200);
            api().header("If-Match", "\"0\"").body(interview()).put("/interviews/by-remote-id/ashby/missing").then()
                    .statusCode(412);
        }

        @Test
        void refusesABodyThatNamesAnotherSourceOrRemoteId() {
            api().body(fromAts("lever", "x-1")).put("/interviews/by-remote-id/greenhouse/x-1").then().statusCode(400)
                    .body("violations.field", contains("source"));
            api().body(fromAts("greenhouse", "x-2")).put("/interviews/by-remote-id/greenhouse/x-1").then()
                    .statusCode(400)
                    .body("violations.field", contains("remoteId"));
            assertThat(database.count("interview")).isZero();
        }

        @Test
        void refusesAnUnknownSourceInThePath() {
            api().body(interview()).put("/interviews/by-remote-id/taleo/x-1").then().statusCode(400)
                    .body("violations[0].field", equalTo("source"))
                    .body("violations[0].message", containsString("greenhouse"));
        }
    }

    @Nested
    class Idempotency {

        @Test
        void aRetryWithTheSameKeyGetsTheFirstResponseWithoutASecondWrite() {
            var first = api().header("Idempotency-Key", "key-1").body(interview()).post("/interviews").then()
                    .statusCode(201).extract();
            api().header("Idempotency-Key", "key-1").body(interview()).post("/interviews").then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .header("Location", equalTo(first.header("Location")))
                    .header("ETag", equalTo(first.header("ETag")))
                    .body("id", equalTo(first.path("id")));
            assertThat(database.count("interview")).isEqualTo(1);
        }

        @Test
        void theSameKeyWithAnotherBodyIs422() {
            api().header("Idempotency-Key", "key-2").body(interview()).post("/interviews").then().statusCode(201);
            var other = interview();
            other.put("jobTitle", "Another job");
            api().header("Idempotency-Key", "key-2").body(other).post("/interviews").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:interview-followup:problem:idempotency-key-reused"));
            assertThat(database.count("interview")).isEqualTo(1);
        }

        @Test
        void aKeyExpiresAfter24Hours() {
            api().header("Idempotency-Key", "key-3").body(interview()).post("/interviews").then().statusCode(201);
            clock.advance(java.time.Duration.ofHours(25));
            api().header("Idempotency-Key", "key-3").body(interview()).post("/interviews").then().statusCode(201)
                    .header("Idempotent-Replayed", nullValue());
            assertThat(database.count("interview")).isEqualTo(2);
        }

        @Test
        void aFailedRequestDoesNotUseUpItsKey() {
            var invalid = interview();
            invalid.put("processId", "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70");
            api().header("Idempotency-Key", "key-4").body(invalid).post("/interviews").then().statusCode(422);
            api().header("Idempotency-Key", "key-4").body(interview()).post("/interviews").then().statusCode(201);
        }

        @Test
        void concurrentRetriesCreateExactlyOneInterview() throws Exception {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<String>> ids = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    ids.add(pool.submit(() -> api().header("Idempotency-Key", "key-race").body(interview())
                            .post("/interviews").then().statusCode(201).extract().<String>path("id")));
                }
                java.util.Set<String> distinct = new java.util.HashSet<>();
                for (var id : ids) {
                    distinct.add(id.get());
                }
                assertThat(distinct).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(database.count("interview")).isEqualTo(1);
        }

        @Test
        void refusesAKeyThatIsTooLong() {
            api().header("Idempotency-Key", "k".repeat(256)).body(interview()).post("/interviews").then()
                    .statusCode(400).body("violations.field", contains("Idempotency-Key"));
        }
    }

    @Nested
    class MediaTypes {

        @Test
        void aBodyThatIsNotJsonAtAllIs415() {
            raw().contentType("text/plain").body("hello").post("/interviews").then().statusCode(415)
                    .contentType("application/problem+json").body("status", equalTo(415));
            assertThat(database.count("interview")).isZero();
        }

        @Test
        void anUnknownRouteIs404Problem() {
            api().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void anUnsupportedMethodIs405Problem() {
            api().patch("/interviews").then().statusCode(405).contentType("application/problem+json");
        }
    }

    @Test
    void registeredInterviewsAreListedNewestLast() {
        register(interview());
        api().get("/interviews").then().statusCode(200).body("items", hasSize(1))
                .body("items.company.name", hasItem("Acme Robotics"))
                .body("next", nullValue());
    }

    @Test
    void locationIsAbsolute() {
        register(interview()).header("Location");
        assertThat(register(interview()).header("Location")).startsWith("http");
        api().get("/interviews").then().header("Link", nullValue());
        assertThat(register(interview()).header("Location")).matches(".*/interviews/[0-9a-f-]{36}");
        api().get("/interviews?pageSize=1").then().header("Link", endsWith("rel=\"next\""));
    }
}
