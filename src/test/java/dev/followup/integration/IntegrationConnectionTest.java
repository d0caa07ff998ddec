package dev.followup.integration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.anonymous;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Issue 15: an integration's ATS connections (PUT/GET/DELETE /integrations/{connectionId}). */
@QuarkusTest
class IntegrationConnectionTest {

    private static final String ATS = DevToken.integration("ats-sync", TENANT).sign();

    private static RequestSpecification ats() {
        return as(ATS);
    }

    private static Map<String, Object> connection(String vendor, String secret) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vendor", vendor);
        if (secret != null) {
            body.put("secret", secret);
        }
        body.put("description", "Acme's Ashby account");
        return body;
    }

    @Test
    void aConnectionIsCreatedThenReplacedAndItsSecretIsNeverShown() {
        ats().body(connection("ashby", "ashby-secret-token-1")).put("/integrations/ashby-production").then()
                .statusCode(201).header("Location", containsString("/integrations/ashby-production"))
                .header("ETag", equalTo("\"0\"")).body("id", equalTo("ashby-production"))
                .body("vendor", equalTo("ashby")).body("candidateMatch", equalTo("email"))
                .body("$", not(hasKey("secret")));
        ats().body(Map.of("vendor", "ashby", "candidateMatch", "candidate_id")).header("If-Match", "\"0\"")
                .put("/integrations/ashby-production").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("candidateMatch", equalTo("candidate_id")).body("description", nullValue());
        ats().get("/integrations/ashby-production").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("$", not(hasKey("secret")));
        ats().body(connection("ashby", null)).header("If-Match", "\"0\"").put("/integrations/ashby-production").then()
                .statusCode(412);
        ats().get("/integrations").then().statusCode(200).body("items.id", contains("ashby-production"));
    }

    @Test
    void theSecretIsRequiredOnCreationAndIdsAndFieldsAreChecked() {
        ats().body(connection("ashby", null)).put("/integrations/new-one").then().statusCode(400)
                .body("violations.field", hasItem("secret"));
        ats().body(connection("ashby", "short")).put("/integrations/new-one").then().statusCode(400)
                .body("violations.field", hasItem("secret"));
        ats().body(connection("workday", "a-long-enough-secret")).put("/integrations/new-one").then().statusCode(400)
                .body("violations.field", hasItem("vendor"));
        ats().body(connection("lever", "a-long-enough-secret")).put("/integrations/-starts-badly").then()
                .statusCode(400).body("violations.field", hasItem("connectionId"));
        ats().body(connection("lever", "a-long-enough-secret")).put("/integrations/" + "a".repeat(65)).then()
                .statusCode(400).body("violations.field", hasItem("connectionId"));
        ats().get("/integrations").then().body("items", hasSize(0));
    }

    @Test
    void connectionsBelongToTheTenantAndToIntegrationsOnly() {
        ats().body(connection("greenhouse", "greenhouse-secret")).put("/integrations/gh").then().statusCode(201);
        as(DevToken.integration("another-sync", TENANT).sign()).get("/integrations/gh").then().statusCode(200);
        as(DevToken.integration("ats-sync", "tenant-b").sign()).get("/integrations/gh").then().statusCode(404);
        as(DevToken.integration("ats-sync", "tenant-b").sign()).delete("/integrations/gh").then().statusCode(404);
        api().get("/integrations/gh").then().statusCode(403);
        anonymous().get("/integrations").then().statusCode(401);
        ats().header("On-Behalf-Of", "candidate-1").get("/integrations").then().statusCode(400)
                .body("violations.field", hasItem("On-Behalf-Of"));
        ats().delete("/integrations/gh").then().statusCode(204);
        ats().get("/integrations/gh").then().statusCode(404);
        ats().delete("/integrations/gh").then().statusCode(404);
    }
}
