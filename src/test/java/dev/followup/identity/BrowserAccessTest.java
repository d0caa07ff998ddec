package dev.followup.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import static dev.followup.contract.Api.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** Frontends call from the configured origins only; operational endpoints need no token. */
@QuarkusTest
class BrowserAccessTest {

    private static final String FRONTEND = "https://app.example.test";

    @Test
    void allowsAConfiguredFrontendToSendTheHeadersTheApiNeeds() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,on-behalf-of")
                .options("/interviews/0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("On-Behalf-Of"));
    }

    @Test
    void letsTheFrontendResumeTheEventStreamWithLastEventId() {
        given().header("Origin", FRONTEND)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,last-event-id")
                .options("/events/stream")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Headers", containsString("Last-Event-ID"));
    }

    @Test
    void letsTheFrontendReadTheResponseHeadersItActsOn() {
        api().header("Origin", FRONTEND).get("/interviews").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"))
                .header("Access-Control-Expose-Headers", matchesPattern("(.*,\\s*)?RateLimit(\\s*,.*)?"));
    }

    @Test
    void givesAnUnknownOriginNoPermission() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/interviews")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/health/live", "/q/openapi", "/q/metrics"})
    void servesOperationalEndpointsWithoutAToken(String path) {
        given().get(path).then().statusCode(200);
    }
}
