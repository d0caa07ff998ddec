package dev.followup.packaged;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The packaged jar plans follow-ups (its holiday data and templates come from the jar) and writes a
 * draft. The interview ended on Friday 6 March; the fixed clock registers it on Monday 9 March.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(PackagedService.class)
class PlanAndDraftIT {

    private final String token = DevToken.candidate("it-plan", "tenant-it").sign();

    @Test
    void plansTheFollowUpsAndWritesTheThankYou() {
        as(token).body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com")).put("/candidate-profile").then()
                .statusCode(201);
        String id = as(token).body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
        JsonPath plan = as(token).get("/interviews/" + id + "/follow-ups").then().statusCode(200).extract()
                .jsonPath();
        assertThat(plan.getList("items.type", String.class)).startsWith("thank_you", "thank_you", "status_check");
        // registered on Monday after a Friday interview: the thank-you still counts until Wednesday
        assertThat(plan.getString("items[0].status")).isEqualTo("due");
        assertThat(plan.getString("items[0].latestLocal")).isEqualTo("2026-03-11T17:00:00+01:00");
        // R5 and R14 from the jar's holiday data: the decision date is Friday 13 March, so Monday 16 March
        assertThat(plan.getString("items.find { it.type == 'status_check' }.earliestLocal"))
                .isEqualTo("2026-03-16T09:00:00+01:00");

        String thanks = plan.getString("items[0].id");
        as(token).get("/follow-ups/" + thanks + "/draft").then().statusCode(200)
                .body("body", startsWith("Dear Maria Lopez,"))
                .body("body", containsString("jane.doe@example.com"))
                .body("quality.ready", equalTo(true));
    }
}
