package dev.followup.packaged;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.anonymous;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The packaged jar answers bad input and untrusted callers with problem documents. */
@QuarkusIntegrationTest
@QuarkusTestResource(PackagedService.class)
class ProblemsAndAccessIT {

    @Test
    void aMisspeltFieldIsA400ProblemNamingIt() {
        var body = interview();
        body.put("noFollowupRequested", true);
        as(DevToken.candidate("it-problems", "tenant-it").sign()).body(body).post("/interviews").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:validation"))
                .body("violations.field", contains("noFollowupRequested"));
    }

    @Test
    void noTokenIs401AndAForeignRoleIs403() {
        anonymous().get("/interviews").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json");
        as(DevToken.of("it-admin", "tenant-it", "admin").sign()).get("/interviews").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenCarryingBothRolesIs401() {
        as(DevToken.of("it-both", "tenant-it", "candidate", "integration").sign()).get("/agenda").then()
                .statusCode(401).body("detail", org.hamcrest.Matchers.containsString("both roles"));
    }
}
