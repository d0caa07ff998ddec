package dev.followup.candidate;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;

import static dev.followup.contract.Api.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CandidateProfileResourceTest {

    @Inject
    Database database;

    static Map<String, Object> jane() {
        return Map.of("name", "Jane Doe", "email", "jane@example.com", "phone", "+49 30 1234567",
                "linkedInUrl", "https://www.linkedin.com/in/jane-doe", "signature", "Best regards,\nJane Doe");
    }

    @Test
    void returns404ProblemBeforeAnyProfileIsSaved() {
        api().get("/candidate-profile").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("PUT /candidate-profile"));
    }

    @Test
    void createsThenReadsThenReplacesTheProfile() {
        api().body(jane()).put("/candidate-profile").then().statusCode(201)
                .header("Location", endsWith("/candidate-profile"))
                .header("ETag", equalTo("\"0\""))
                .body("contact.name", equalTo("Jane Doe"))
                .body("contact.signature", equalTo("Best regards,\nJane Doe"));
        api().get("/candidate-profile").then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("contact.email", equalTo("jane@example.com"));
        api().header("If-Match", "\"0\"").body(Map.of("name", "Jane Q. Doe")).put("/candidate-profile").then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("contact.name", equalTo("Jane Q. Doe"));
        assertThat(database.count("candidate_profile")).isEqualTo(1);
    }

    @Test
    void refusesAStaleEtag() {
        api().body(jane()).put("/candidate-profile").then().statusCode(201);
        api().body(Map.of("name", "Someone else wrote this")).put("/candidate-profile").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        api().header("If-Match", "\"0\"").body(jane()).put("/candidate-profile").then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void anUnchangedSaveKeepsTheVersion() {
        api().body(jane()).put("/candidate-profile").then().statusCode(201);
        api().header("If-Match", "\"0\"").body(jane()).put("/candidate-profile").then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void refusesIfMatchWhenThereIsNoProfileYet() {
        api().header("If-Match", "\"0\"").body(jane()).put("/candidate-profile").then().statusCode(412);
        assertThat(database.count("candidate_profile")).isZero();
    }

    @Test
    void refusesInvalidContactDetailsNamingEachField() {
        api().body(Map.of("email", "not-an-email", "phone", "call me", "linkedInUrl", "https://example.com/jane"))
                .put("/candidate-profile").then().statusCode(400)
                .body("violations.field", contains("email", "linkedInUrl", "phone"));
        assertThat(database.count("candidate_profile")).isZero();
    }

    @Test
    void refusesAMissingBody() {
        api().put("/candidate-profile").then().statusCode(400).body("violations.field", contains("body"));
    }
}
