package dev.followup.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.Database;
import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.CANDIDATE;
import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.anonymous;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Issue 15: POST /interviews/batch upserts up to 100 interviews, each succeeding or failing on its own. */
@QuarkusTest
@SuppressWarnings("unchecked")
class InterviewBatchTest {

    private static final String ATS = DevToken.integration("ats-sync", TENANT).sign();

    @Inject
    Database database;

    private static Map<String, Object> item(String candidate, String remoteId) {
        Map<String, Object> item = new LinkedHashMap<>();
        if (candidate != null) {
            item.put("candidateId", candidate);
        }
        item.put("source", "greenhouse");
        item.put("remoteId", remoteId);
        item.put("interview", interview());
        return item;
    }

    private static RequestSpecification ats() {
        return as(ATS);
    }

    private static Map<String, Object> batch(List<?> items) {
        return Map.of("items", items);
    }

    @Test
    void createsThenReplacesEachItemForTheCandidateItNames() {
        var items = List.of(item("candidate-1", "gh-1"), item("candidate-2", "gh-1"), item("candidate-1", "gh-2"));
        ats().body(batch(items)).post("/interviews/batch").then().statusCode(200)
                .body("results.index", contains(0, 1, 2))
                .body("results.status", contains(201, 201, 201))
                .body("results.etag", everyItem(equalTo("\"0\"")))
                .body("results.id", everyItem(notNullValue()))
                .body("results.problem", everyItem(nullValue()))
                .body("succeeded", equalTo(3)).body("failed", equalTo(0));
        ats().header("On-Behalf-Of", "candidate-2").queryParam("source", "greenhouse").queryParam("remoteId", "gh-1")
                .get("/interviews").then().body("items", hasSize(1))
                .body("items[0].candidateId", equalTo("candidate-2"));

        items.forEach(item -> ((Map<String, Object>) item.get("interview")).put("jobTitle", "Staff Engineer"));
        ats().body(batch(items)).post("/interviews/batch").then().statusCode(200)
                .body("results.status", contains(200, 200, 200))
                .body("results.etag", everyItem(equalTo("\"1\"")));
        assertThat(database.count("interview")).isEqualTo(3);
    }

    @Test
    void aBadItemIsRefusedOnItsOwnNamingItsFieldAndTheOthersAreWritten() {
        var badTime = item("candidate-1", "gh-2");
        ((Map<String, Object>) badTime.get("interview")).put("startAt", "yesterday");
        var unknownField = item("candidate-1", "gh-3");
        unknownField.put("candidate", "candidate-1");
        var noCandidate = item(null, "gh-4");
        var controlCharacter = item("candidate-1", "gh-5");
        ((Map<String, Object>) controlCharacter.get("interview")).put("jobTitle", "Engineer\u0007");
        var otherSource = item("candidate-1", "gh-6");
        ((Map<String, Object>) otherSource.get("interview")).put("source", "lever");
        var missingInterview = item("candidate-1", "gh-7");
        missingInterview.remove("interview");
        var badRemoteId = item("candidate-1", "has space");
        List<Object> items = new ArrayList<>(List.of(item("candidate-1", "gh-1"), badTime, unknownField, noCandidate,
                controlCharacter, otherSource, missingInterview, badRemoteId));
        items.add(null);
        items.add("not an object");
        items.add(item("candidate-1", "gh-8"));

        ats().body(batch(items)).post("/interviews/batch").then().statusCode(200)
                .body("results.status", contains(201, 400, 400, 400, 400, 400, 400, 400, 400, 400, 201))
                .body("results[1].problem.violations.field", contains("items[1].interview.startAt"))
                .body("results[1].problem.status", equalTo(400))
                .body("results[1].problem.instance", equalTo("/interviews/batch"))
                .body("results[2].problem.violations.field", contains("items[2].candidate"))
                .body("results[3].problem.violations.field", contains("items[3].candidateId"))
                .body("results[4].problem.violations.field", contains("items[4].interview.jobTitle"))
                .body("results[5].problem.violations.field", contains("items[5].interview.source"))
                .body("results[6].problem.violations.field", contains("items[6].interview"))
                .body("results[7].problem.violations.field", contains("items[7].remoteId"))
                .body("results[8].problem.violations.field", contains("items[8]"))
                .body("results[9].problem.violations.field", contains("items[9]"))
                .body("results[1].id", nullValue())
                .body("succeeded", equalTo(2)).body("failed", equalTo(9));
        assertThat(database.count("interview")).isEqualTo(2);
    }

    @Test
    void aBatchOfAHundredWithOneBadItemStoresTheNinetyNineGoodOnes() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(item("candidate-" + (i % 7), "gh-" + i));
        }
        ((Map<String, Object>) ((Map<String, Object>) items.get(42)).get("interview")).put("countryCode", "XX");
        ats().body(batch(items)).post("/interviews/batch").then().statusCode(200)
                .body("results", hasSize(100)).body("succeeded", equalTo(99))
                .body("results[42].status", equalTo(400))
                .body("results[42].problem.violations.field", contains("items[42].interview.countryCode"));
        assertThat(database.count("interview")).isEqualTo(99);
    }

    @Test
    void ifMatchAndProcessChecksRefuseAnItemWithoutTouchingItsInterview() {
        ats().body(batch(List.of(item("candidate-1", "gh-1")))).post("/interviews/batch").then()
                .body("results[0].status", equalTo(201));
        var stale = item("candidate-1", "gh-1");
        stale.put("ifMatch", "\"7\"");
        var unknownProcess = item("candidate-1", "gh-1");
        ((Map<String, Object>) unknownProcess.get("interview")).put("processId", UUID.randomUUID().toString());
        ((Map<String, Object>) unknownProcess.get("interview")).put("jobTitle", "Changed");
        var absent = item("candidate-1", "gh-9");
        absent.put("ifMatch", "\"0\"");
        var current = item("candidate-1", "gh-1");
        current.put("ifMatch", "\"0\"");
        ((Map<String, Object>) current.get("interview")).put("skills", List.of("Go"));
        ats().body(batch(List.of(stale, unknownProcess, absent, current))).post("/interviews/batch").then()
                .statusCode(200)
                .body("results.status", contains(412, 422, 412, 200))
                .body("results[1].problem.violations.field", contains("items[1].interview.processId"))
                .body("results[3].etag", equalTo("\"1\""));
        ats().header("On-Behalf-Of", "candidate-1").queryParam("remoteId", "gh-1").get("/interviews").then()
                .body("items[0].jobTitle", equalTo("Senior Backend Engineer"))
                .body("items[0].version", equalTo(1));
    }

    @Test
    void aCandidateBatchesForThemselvesOnly() {
        api().body(batch(List.of(item(null, "gh-1"), item(CANDIDATE, "gh-2"), item("candidate-2", "gh-3"))))
                .post("/interviews/batch").then().statusCode(200)
                .body("results.status", contains(201, 201, 403));
        assertThat(database.count("interview")).isEqualTo(2);
    }

    @Test
    void theWholeBatchHonoursAnIdempotencyKey() {
        var body = batch(List.of(item("candidate-1", "gh-1"), item("candidate-2", "gh-1")));
        String id = ats().header("Idempotency-Key", "sync-1").body(body).post("/interviews/batch").then()
                .statusCode(200).header("Idempotent-Replayed", nullValue()).extract().path("results[0].id");
        ats().header("Idempotency-Key", "sync-1").body(body).post("/interviews/batch").then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("results[0].id", equalTo(id)).body("results.status", contains(201, 201));
        ats().header("On-Behalf-Of", "candidate-1").get("/interviews/" + id).then().body("version", equalTo(0));
        ats().header("Idempotency-Key", "sync-1").body(batch(List.of(item("candidate-1", "gh-2"))))
                .post("/interviews/batch").then().statusCode(422);
        assertThat(database.count("interview")).isEqualTo(2);
    }

    @Test
    void needsATokenAndWritesOnlyInTheTokensTenant() {
        var body = batch(List.of(item("candidate-1", "gh-1")));
        anonymous().body(body).post("/interviews/batch").then().statusCode(401);
        as(DevToken.of("nobody", TENANT, "auditor").sign()).body(body).post("/interviews/batch").then().statusCode(403);
        as(DevToken.integration("ats-sync", "tenant-b").sign()).body(body).post("/interviews/batch").then()
                .statusCode(200).body("results[0].status", equalTo(201));
        ats().header("On-Behalf-Of", "candidate-1").queryParam("remoteId", "gh-1").get("/interviews").then()
                .body("items", hasSize(0));
    }

    @Test
    void refusesWhatIsNoBatch() {
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            tooMany.add(item("candidate-1", "gh-" + i));
        }
        ats().body(batch(tooMany)).post("/interviews/batch").then().statusCode(400)
                .body("violations.field", contains("items"));
        ats().body(batch(List.of())).post("/interviews/batch").then().statusCode(400)
                .body("violations.field", contains("items"));
        ats().body(Map.of()).post("/interviews/batch").then().statusCode(400)
                .body("violations.field", contains("items"));
        ats().header("On-Behalf-Of", "candidate-1").body(batch(List.of(item("candidate-1", "gh-1"))))
                .post("/interviews/batch").then().statusCode(400)
                .body("violations.field", contains("On-Behalf-Of"));
        ats().body("{\"items\": [{\"candidateId\": \"a\", \"candidateId\": \"b\"}]}")
                .post("/interviews/batch").then().statusCode(400);
        ats().body("{\"items\": [").post("/interviews/batch").then().statusCode(400);
        assertThat(database.count("interview")).isZero();
    }
}
