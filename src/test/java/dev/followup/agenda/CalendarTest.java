package dev.followup.agenda;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.followup.contract.Database;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.raw;
import static dev.followup.contract.Api.rawAnonymous;
import static dev.followup.contract.Fixtures.idOf;
import static dev.followup.contract.Fixtures.plan;
import static dev.followup.contract.Fixtures.register;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The agenda as iCalendar: stable UIDs, growing SEQUENCEs, and a secret feed for calendar apps. */
@QuarkusTest
class CalendarTest {

    @Inject
    Database database;

    private static ICalendar agenda() {
        String text = raw().accept("text/calendar").get("/agenda.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        return Biweekly.parse(text).first();
    }

    private static VEvent eventOf(ICalendar calendar, String followUpId) {
        return calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(followUpId + "@interview-followup"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + followUpId));
    }

    @Test
    void eachOpenFollowUpIsAnEventWithItsReasonAndALinkToIt() {
        String interview = register(interview());
        String thanks = idOf(plan(interview), "thank_you");
        ICalendar calendar = agenda();
        assertThat(calendar.getEvents()).hasSize(5);
        VEvent event = eventOf(calendar, thanks);
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getSummary().getValue())
                .isEqualTo("Thank Maria Lopez (Acme Robotics, Senior Backend Engineer)");
        assertThat(event.getDescription().getValue()).contains("24 hours").contains("Rules: R1, R3, R14.")
                .contains("Act between Friday 6 March, 15:00 and Saturday 7 March, 15:00 (Europe/Berlin)");
        assertThat(event.getUrl().getValue()).endsWith("/follow-ups/" + thanks + "/draft");
        assertThat(event.getDescription().getValue()).contains("Draft: http")
                .endsWith("/follow-ups/" + thanks + "/draft");
        assertThat(event.getStatus().isConfirmed()).isTrue();
        // R1 with R14: the Friday afternoon's last working stretch, not the evening
        assertThat(event.getDateStart().getValue().toInstant()).hasToString("2026-03-06T15:30:00Z");
    }

    @Test
    void anEventKeepsItsUidAndRaisesItsSequenceWhenItMovesOrCloses() {
        String interview = register(interview());
        String check = idOf(plan(interview), "status_check");
        Map<String, Object> changed = interview();
        changed.put("expectedDecisionDate", "2026-03-17");
        api().header("If-Match", "\"0\"").body(changed).put("/interviews/" + interview).then().statusCode(200);
        VEvent moved = eventOf(agenda(), check);
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().toInstant()).hasToString("2026-03-18T08:00:00Z");

        api().post("/follow-ups/" + check + "/skip").then().statusCode(200);
        VEvent skipped = eventOf(agenda(), check);
        assertThat(skipped.getSequence().getValue()).isEqualTo(2);
        assertThat(skipped.getStatus().isCancelled()).isTrue();
    }

    @Test
    void aSecretFeedServesTheSameCalendarWithoutAToken() {
        String interview = register(interview());
        String url = api().put("/calendar-feed").then().statusCode(201)
                .header("Location", containsString("/calendar-feed/")).extract().path("url");
        String path = url.substring(url.indexOf("/calendar-feed/"));
        String text = rawAnonymous().accept("text/calendar").get(path).then().statusCode(200).extract().asString();
        List<VEvent> events = Biweekly.parse(text).first().getEvents();
        assertThat(events).hasSize(5);
        assertThat(events).extracting(e -> e.getUid().getValue())
                .contains(idOf(plan(interview), "status_check") + "@interview-followup");

        String newUrl = api().put("/calendar-feed").then().statusCode(201).extract().path("url");
        rawAnonymous().accept("text/calendar").get(path).then().statusCode(404)
                .contentType("application/problem+json");
        String newPath = newUrl.substring(newUrl.indexOf("/calendar-feed/"));
        api().delete("/calendar-feed").then().statusCode(204);
        rawAnonymous().accept("text/calendar").get(newPath).then().statusCode(404);
        api().delete("/calendar-feed").then().statusCode(404);
        assertThat(database.count("calendar_feed")).isZero();
    }

    @Test
    void aMadeUpFeedAddressIsNotFound() {
        for (String token : List.of("nonsense", "dGVuYW50LWE.guessed", ".x", "x.", "%%%.abc")) {
            rawAnonymous().accept("text/calendar").get("/calendar-feed/" + token).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    /** Feed addresses whose parts do not decode to a well-formed tenant and secret: 404, and no query at all. */
    @ParameterizedTest
    @ValueSource(strings = {
            "AA.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", // the tenant decodes to NUL
            "_w.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", // the tenant is not UTF-8
            "dGVuYW50LWEK.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", // the tenant ends in a line feed
            "dGVuYW50LWE.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP", // a secret one character short
            "dGVuYW50LWE.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR", // one too long
            "dGVuYW50LWE.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO!Q", // not base64url
            "dGVuYW50LWE.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ.x", // a second dot
            "dGVuYW50LWE=.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", // padding
    })
    void aMalformedFeedAddressIsNotFoundBeforeAnyQuery(String token) {
        var statistics = database.statistics();
        statistics.clear();
        rawAnonymous().accept("text/calendar").get("/calendar-feed/" + token).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:not-found"));
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void aCalendarAppGets304WhileNothingChanged() {
        String interview = register(interview());
        String url = api().put("/calendar-feed").then().statusCode(201).extract().path("url");
        String path = url.substring(url.indexOf("/calendar-feed/"));
        String etag = rawAnonymous().accept("text/calendar").get(path).then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", "private, no-store").extract().header("ETag");
        rawAnonymous().accept("text/calendar").header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", etag);
        raw().accept("text/calendar").header("If-None-Match", etag).get("/agenda.ics").then().statusCode(304);

        api().post("/follow-ups/" + idOf(plan(interview), "status_check") + "/skip").then().statusCode(200);
        String changed = rawAnonymous().accept("text/calendar").header("If-None-Match", etag).get(path).then()
                .statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }
}
