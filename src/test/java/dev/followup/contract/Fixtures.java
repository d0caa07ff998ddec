package dev.followup.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;

import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;

/** The requests HTTP tests of several features make: registering interviews and reading their plans. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Registers an interview as a candidate does on the day: half an hour after it ended (when that is
     * before now), so that nothing in its plan was missed; the clock is back at its time afterwards.
     */
    public static String register(Map<String, Object> body) {
        TestClock clock = Arc.container().instance(TestClock.class).get();
        Instant now = clock.instant();
        Instant rightAfter = OffsetDateTime.parse((String) body.get("endAt")).toInstant().plus(Duration.ofMinutes(30));
        try {
            if (rightAfter.isBefore(now)) {
                clock.set(rightAfter);
            }
            return registerNow(body);
        } finally {
            clock.set(now);
        }
    }

    /** Registers an interview at the clock's time: after the fact, if it ended long before. */
    public static String registerNow(Map<String, Object> body) {
        return api().body(body).post("/interviews").then().statusCode(201).extract().path("id");
    }

    /** The interview's plan, read over HTTP. */
    public static JsonPath plan(String interviewId) {
        return api().get("/interviews/" + interviewId + "/follow-ups").then().statusCode(200).extract().jsonPath();
    }

    /** The id of the first item of this type in a plan. */
    public static String idOf(JsonPath plan, String type) {
        return plan.getString("items.find { it.type == '" + type + "' }.id");
    }
}
