package dev.followup.packaged;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The packaged jar registers an interview, answers with its address and version, and reads it back. */
@QuarkusIntegrationTest
@QuarkusTestResource(PackagedService.class)
class RegistrationIT {

    private final String token = DevToken.candidate("it-registration", "tenant-it").sign();

    @Test
    void registersAnInterviewAndReadsItBack() {
        String location = as(token).body(interview()).post("/interviews").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", startsWith("http://localhost:8081/interviews/"))
                .body("company.name", equalTo("Acme Robotics"))
                .body("createdAt", equalTo("2026-03-09T10:00:00Z")) // the clock the `it` profile fixes
                .extract().header("Location");
        as(token).get(location).then().statusCode(200).body("interviewers.name[0]", equalTo("Maria Lopez"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsReplayed() {
        Map<String, Object> body = interview();
        String first = as(token).header("Idempotency-Key", "it-key-1").body(body).post("/interviews").then()
                .statusCode(201).extract().path("id");
        String again = as(token).header("Idempotency-Key", "it-key-1").body(body).post("/interviews").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
    }
}
