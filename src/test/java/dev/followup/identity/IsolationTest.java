package dev.followup.identity;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.Database;

import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.fromAts;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Nothing of one candidate reaches another (OWASP API1): someone else's record is answered exactly
 * like a missing one, on every endpoint, whoever asks.
 */
@QuarkusTest
class IsolationTest {

    static final String ACME = "acme";
    static final String GLOBEX = "globex";

    private static final String ALICE = DevToken.candidate("alice", ACME).sign();
    private static final String BOB = DevToken.candidate("bob", ACME).sign();
    /** Another tenant's user who happens to have the same user id as Alice. */
    private static final String ALICE_AT_GLOBEX = DevToken.candidate("alice", GLOBEX).sign();
    private static final String ACME_ATS = DevToken.integration("acme-ats", ACME).sign();
    private static final String GLOBEX_ATS = DevToken.integration("globex-ats", GLOBEX).sign();

    @Inject
    Database database;

    private String alicesInterview;
    private String alicesFollowUp;

    @BeforeEach
    void aliceHasAnInterviewAndAProfile() {
        alicesInterview = as(ALICE).body(fromAts("greenhouse", "gh-1")).post("/interviews").then().statusCode(201)
                .extract().path("id");
        as(ALICE).body(Map.of("name", "Alice Doe")).put("/candidate-profile").then().statusCode(201);
        alicesFollowUp = as(ALICE).get("/interviews/" + alicesInterview + "/follow-ups").then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** The callers who must not see Alice's records, each as a request of theirs. */
    @Nested
    class OthersSeeNothing {

        @Test
        void anotherCandidateOfTheSameTenant() {
            assertSeesNothingOfAlice(() -> as(BOB));
        }

        @Test
        void aCandidateOfAnotherTenantWithTheSameUserId() {
            assertSeesNothingOfAlice(() -> as(ALICE_AT_GLOBEX));
        }

        @Test
        void anIntegrationOfAnotherTenantActingForAlice() {
            assertSeesNothingOfAlice(() -> as(GLOBEX_ATS).header("On-Behalf-Of", "alice"));
        }

        @Test
        void anIntegrationOfAnotherTenantListingItsWholeTenant() {
            as(GLOBEX_ATS).get("/interviews").then().statusCode(200).body("items", empty());
        }

        @Test
        void anIntegrationOfTheSameTenantActingForAnotherCandidate() {
            assertSeesNothingOfAlice(() -> as(ACME_ATS).header("On-Behalf-Of", "bob"));
        }
    }

    /** Asserts with fresh requests of the caller (REST Assured's specifications keep what is set on them). */
    private void assertSeesNothingOfAlice(Supplier<RequestSpecification> request) {
        String missing = "/interviews/" + UUID.randomUUID();
        String alices = "/interviews/" + alicesInterview;
        String notFoundType = request.get().get(missing).then().statusCode(404).extract().path("type");

        request.get().get(alices).then().statusCode(404).body("type", equalTo(notFoundType))
                .body("detail", equalTo("No interview with id " + alicesInterview + " exists."));
        request.get().header("If-Match", "\"0\"").body(interview()).put(alices).then().statusCode(404)
                .body("type", equalTo(notFoundType));
        request.get().delete(alices).then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().get("/interviews").then().statusCode(200).body("items", empty());
        request.get().get("/interviews?source=greenhouse&remoteId=gh-1").then().statusCode(200).body("items", empty());
        request.get().get("/candidate-profile").then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().get(alices + "/follow-ups").then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().body(Map.of("type", "rejected")).post(alices + "/outcome").then().statusCode(404)
                .body("type", equalTo(notFoundType));
        String alicesItem = "/follow-ups/" + alicesFollowUp;
        request.get().get(alicesItem).then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().post(alicesItem + "/done").then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().post(alicesItem + "/skip").then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().get(alicesItem + "/draft").then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().get(alicesItem + "/draft/saved").then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().body(Map.of("channel", "email", "body", "Hi")).put(alicesItem + "/draft/saved").then()
                .statusCode(404).body("type", equalTo(notFoundType));
        request.get().body(Map.of("type", "thank_you", "channel", "email", "body", "Hi", "followUpId", alicesFollowUp))
                .post("/drafts/check").then().statusCode(404).body("type", equalTo(notFoundType));
        request.get().queryParam("days", 90).get("/agenda").then().statusCode(200).body("items", empty());
        request.get().accept("text/calendar").get("/agenda.ics").then().statusCode(200)
                .body(not(containsString(alicesFollowUp)));

        // Writes under Alice's remote id or process create the caller's own records, or fail, and never touch hers.
        request.get().body(fromAts("greenhouse", "gh-1")).put("/interviews/by-remote-id/greenhouse/gh-1").then()
                .statusCode(201).body("candidateId", equalTo(candidateOf(request)));
        request.get().body(Map.of("name", "Not Alice")).put("/candidate-profile").then().statusCode(201)
                .body("candidateId", equalTo(candidateOf(request)));
        String alicesProcess = as(ALICE).get(alices).then().extract().path("processId");
        Map<String, Object> nextRound = interview();
        nextRound.put("processId", alicesProcess);
        request.get().body(nextRound).post("/interviews").then().statusCode(422);

        as(ALICE).get(alices).then().statusCode(200).body("version", equalTo(0)).body("createdBy", equalTo("alice"));
        as(ALICE).get("/candidate-profile").then().statusCode(200).body("contact.name", equalTo("Alice Doe"));
        as(ALICE).get("/interviews").then().body("items.id", contains(alicesInterview));
        as(ALICE).get("/follow-ups/" + alicesFollowUp).then().statusCode(200).body("sequence", equalTo(0));
        as(ALICE).get("/interviews/" + alicesInterview).then().body("status", equalTo("completed"));
    }

    /** Whom the request acts for: the On-Behalf-Of it carries, or the candidate's own id. */
    private static String candidateOf(Supplier<RequestSpecification> request) {
        var probe = request.get().get("/interviews?pageSize=1").then().statusCode(200).extract();
        return probe.path("items[0].candidateId");
    }

    @Nested
    class AnIntegrationOfTheSameTenant {

        @Test
        void readsAndChangesAlicesInterviewOnHerBehalf() {
            as(ACME_ATS).header("On-Behalf-Of", "alice").get("/interviews/" + alicesInterview).then().statusCode(200)
                    .body("candidateId", equalTo("alice"));
            Map<String, Object> changed = fromAts("greenhouse", "gh-1");
            changed.put("jobTitle", "Staff Engineer");
            as(ACME_ATS).header("On-Behalf-Of", "alice").header("If-Match", "\"0\"").body(changed)
                    .put("/interviews/" + alicesInterview).then().statusCode(200)
                    .body("jobTitle", equalTo("Staff Engineer"))
                    .body("createdBy", equalTo("alice"))
                    .body("modifiedBy", equalTo("acme-ats"));
        }

        @Test
        void registersForACandidateAndRecordsWhoDidIt() {
            as(ACME_ATS).header("On-Behalf-Of", "bob").body(interview()).post("/interviews").then().statusCode(201)
                    .body("candidateId", equalTo("bob"))
                    .body("createdBy", equalTo("acme-ats"))
                    .body("modifiedBy", equalTo("acme-ats"));
            as(BOB).get("/interviews").then().body("items.candidateId", contains("bob"));
        }

        @Test
        void listsTheWholeTenantWithoutOnBehalfOf() {
            as(BOB).body(interview()).post("/interviews").then().statusCode(201);
            as(ALICE_AT_GLOBEX).body(interview()).post("/interviews").then().statusCode(201);

            as(ACME_ATS).get("/interviews").then().statusCode(200)
                    .body("items.candidateId", containsInAnyOrder("alice", "bob"));
            as(ACME_ATS).header("On-Behalf-Of", "bob").get("/interviews").then().statusCode(200)
                    .body("items.candidateId", contains("bob"));
        }

        @Test
        void savesTheCandidatesProfileOnTheirBehalf() {
            as(ACME_ATS).header("On-Behalf-Of", "alice").header("If-Match", "\"0\"")
                    .body(Map.of("name", "Alice Q. Doe")).put("/candidate-profile").then().statusCode(200)
                    .body("candidateId", equalTo("alice"))
                    .body("createdBy", equalTo("alice"))
                    .body("modifiedBy", equalTo("acme-ats"));
        }
    }

    @Test
    void aCandidateMayNameThemselvesInOnBehalfOf() {
        as(ALICE).header("On-Behalf-Of", "alice").get("/interviews/" + alicesInterview).then().statusCode(200);
    }

    @Test
    void idempotencyKeysOfDifferentCandidatesDoNotCollide() {
        as(ALICE).header("Idempotency-Key", "same-key").body(interview()).post("/interviews").then()
                .statusCode(201);
        as(BOB).header("Idempotency-Key", "same-key").body(interview()).post("/interviews").then()
                .statusCode(201).body("candidateId", equalTo("bob"));
        assertThat(database.count("interview")).isEqualTo(3);
    }
}
