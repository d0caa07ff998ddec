package dev.followup.interview;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.fromAts;
import static dev.followup.contract.InterviewJson.interview;
import static dev.followup.contract.InterviewJson.interviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class InterviewListTest {

    @Inject
    Database database;

    @Inject
    TestClock clock;

    /** Registers an interview starting {@code day} days after 2026-03-02 09:00 Berlin time. */
    private String registerOnDay(int day, Map<String, Object> body) {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-02T09:00:00+01:00").plusDays(day);
        body.put("startAt", start.toString());
        body.put("endAt", start.plusHours(1).toString());
        body.remove("expectedDecisionDate");
        return api().body(body).post("/interviews").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> at(String company) {
        Map<String, Object> body = interview();
        body.put("company", Map.of("name", company, "culture", "tech"));
        return body;
    }

    @Test
    void pagesThroughEveryInterviewOnceInStartOrder() {
        List<String> registered = new ArrayList<>();
        for (int day = 6; day >= 0; day--) {
            registered.add(0, registerOnDay(day, at("Company " + day)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = api().queryParam("pageSize", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/interviews").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("cursor=" + cursor).endsWith("; rel=\"next\"");
            } else {
                assertThat(page.header("Link")).isNull();
            }
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(registered);
    }

    @Test
    void filtersByStatusCompanyAndStartRange() {
        registerOnDay(0, at("Acme Robotics"));
        registerOnDay(1, at("Globex"));
        var scheduled = at("ACME Labs");
        scheduled.put("status", "scheduled");
        registerOnDay(2, scheduled);

        api().queryParam("company", "acme").get("/interviews").then().statusCode(200)
                .body("items.company.name", contains("Acme Robotics", "ACME Labs"));
        api().queryParam("status", "scheduled").get("/interviews").then()
                .body("items.company.name", contains("ACME Labs"));
        api().queryParam("status", "scheduled").queryParam("status", "completed").get("/interviews").then()
                .body("items", hasSize(3));
        api().queryParam("startFrom", "2026-03-03T00:00:00+01:00")
                .queryParam("startBefore", "2026-03-04T09:00:00+01:00")
                .get("/interviews").then().body("items.company.name", contains("Globex"));
    }

    @Test
    void companyFilterTreatsWildcardsLiterally() {
        registerOnDay(0, at("100% Pure"));
        registerOnDay(1, at("Plain Co"));
        api().queryParam("company", "%").get("/interviews").then().body("items.company.name", contains("100% Pure"));
    }

    @Test
    void findsAnInterviewBySourceAndRemoteId() {
        registerOnDay(0, fromAts("greenhouse", "gh-1"));
        registerOnDay(1, fromAts("lever", "gh-1"));
        api().queryParam("source", "lever").queryParam("remoteId", "gh-1").get("/interviews").then()
                .body("items", hasSize(1)).body("items[0].source", equalTo("lever"));
    }

    @Test
    void modifiedAfterWithModifiedOrderGivesAnIncrementalSync() {
        String first = registerOnDay(5, at("First"));
        clock.advance(Duration.ofMinutes(1));
        registerOnDay(0, at("Second"));
        clock.advance(Duration.ofMinutes(1));
        var page = api().queryParam("orderBy", "modifiedAt").get("/interviews").then()
                .body("items.company.name", contains("First", "Second")).extract();
        String highWater = page.path("items[1].modifiedAt");

        clock.advance(Duration.ofMinutes(1));
        var changed = at("First, renamed");
        changed.put("startAt", "2026-03-07T09:00:00+01:00");
        changed.put("endAt", "2026-03-07T10:00:00+01:00");
        changed.remove("expectedDecisionDate");
        api().header("If-Match", "\"0\"").body(changed).put("/interviews/" + first).then().statusCode(200);

        api().queryParam("orderBy", "modifiedAt").queryParam("modifiedAfter", highWater).get("/interviews").then()
                .body("items.company.name", contains("First, renamed"));
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        registerOnDay(0, at("A"));
        registerOnDay(1, at("B"));
        String cursor = api().queryParam("pageSize", 1).get("/interviews").then().extract().path("next");
        api().queryParam("orderBy", "modifiedAt").queryParam("cursor", cursor).get("/interviews").then()
                .statusCode(400).body("violations[0].field", equalTo("cursor"))
                .body("violations[0].message", containsString("another order"));
    }

    @Test
    void badQueryParametersAre400NamingTheParameter() {
        assertBadParameter("pageSize", "0", "pageSize");
        assertBadParameter("pageSize", "101", "pageSize");
        assertBadParameter("pageSize", "many", "pageSize");
        assertBadParameter("cursor", "garbage!", "cursor");
        assertBadParameter("status", "done", "status");
        assertBadParameter("source", "taleo", "source");
        assertBadParameter("orderBy", "company", "orderBy");
        assertBadParameter("startFrom", "yesterday", "startFrom");
        assertBadParameter("startBefore", "2026-03-01", "startBefore");
        assertBadParameter("modifiedAfter", "2026-13-01T00:00:00Z", "modifiedAfter");
        assertBadParameter("company", "x".repeat(201), "company");
        assertBadParameter("company", "acme\u0000", "company");
        assertBadParameter("remoteId", "\u0000", "remoteId");
        // issue 11: the text and year rules of bodies hold for query parameters too
        assertBadParameter("company", "acme\nBcc: x", "company");
        assertBadParameter("company", "acme\u0085", "company");
        assertBadParameter("company", "\u202eemca", "company");
        assertBadParameter("startFrom", "1999-12-31T23:59:59Z", "startFrom");
        assertBadParameter("startBefore", "+999999999-12-31T23:59:59Z", "startBefore");
        assertBadParameter("modifiedAfter", "2101-01-01T00:00:00Z", "modifiedAfter");
        assertBadParameter("cursor",
                new dev.followup.paging.Cursor("s", java.time.Instant.parse("3000-01-01T00:00:00Z"),
                        java.util.UUID.randomUUID()).encode(),
                "cursor");
    }

    private static void assertBadParameter(String name, String value, String field) {
        api().queryParam(name, value).get("/interviews").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void anEmptyListHasNoNext() {
        api().get("/interviews").then().statusCode(200).body("items", hasSize(0)).body("next", nullValue());
    }

    @Test
    void listingAHundredInterviewsWithTheirInterviewersTakesABoundedNumberOfStatements() {
        for (int i = 0; i < 100; i++) {
            var body = at("Company " + i);
            body.put("interviewers", List.of(interviewer("A " + i, "a" + i + "@x.example"),
                    interviewer("B " + i, "b" + i + "@x.example"), interviewer("C " + i, "c" + i + "@x.example")));
            registerOnDay(i % 28, body);
        }
        var statistics = database.statistics();
        statistics.clear();
        api().queryParam("pageSize", 100).get("/interviews").then().statusCode(200)
                .body("items", hasSize(100))
                .body("items[99].interviewers", hasSize(3))
                .body("next", nullValue());
        // One statement for the page, one for all interviewers of the page: not one per interview.
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
        assertThat(statistics.getCollectionFetchCount()).isLessThanOrEqualTo(1);
    }

    @Test
    void aPageHoldsAtMostTheRequestedNumber() {
        for (int day = 0; day < 3; day++) {
            registerOnDay(day, at("C" + day));
        }
        api().queryParam("pageSize", 2).get("/interviews").then().body("items", hasSize(2)).body("next",
                notNullValue());
    }
}
