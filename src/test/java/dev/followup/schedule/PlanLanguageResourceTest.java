package dev.followup.schedule;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import biweekly.Biweekly;
import biweekly.component.VEvent;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.rawAnonymous;
import static dev.followup.contract.Fixtures.register;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * Issue 18 over HTTP: a plan's reasons, one item, the agenda and the calendar are worded in the
 * negotiated language; events keep English.
 */
@QuarkusTest
class PlanLanguageResourceTest {

    private static List<String> reasons(JsonPath plan) {
        return plan.getList("items.reason", String.class);
    }

    @Test
    void thePlanReadsInTheLanguageAskedForElseTheCandidatesElseEnglish() {
        String interview = register(interview());
        JsonPath english = api().get("/interviews/" + interview + "/follow-ups").then().statusCode(200)
                .header("Content-Language", "en").body("language", equalTo("en"))
                .body("items.language", everyItem(equalTo("en"))).extract().jsonPath();
        JsonPath german = api().header("Accept-Language", "de-AT, en;q=0.5").get("/interviews/" + interview
                + "/follow-ups").then().statusCode(200).header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("language", equalTo("de")).body("items.language", everyItem(equalTo("de")))
                .extract().jsonPath();
        List<String> inEnglish = reasons(english);
        List<String> inGerman = reasons(german);
        assertThat(inGerman).hasSameSizeAs(inEnglish).doesNotContainAnyElementsOf(inEnglish);
        // the same dates and rules: only the words differ
        assertThat(german.getList("items.suggestedAt")).isEqualTo(english.getList("items.suggestedAt"));
        assertThat(german.getList("items.rules")).isEqualTo(english.getList("items.rules"));

        api().body(Map.of("name", "Jane Doe", "language", "es")).put("/candidate-profile").then().statusCode(201);
        JsonPath spanish = api().get("/interviews/" + interview + "/follow-ups").then().statusCode(200)
                .header("Content-Language", "es").extract().jsonPath();
        assertThat(reasons(spanish)).doesNotContainAnyElementsOf(inEnglish).doesNotContainAnyElementsOf(inGerman);
        String item = spanish.getString("items[0].id");
        api().queryParam("language", "fr").get("/follow-ups/" + item).then().statusCode(200)
                .header("Content-Language", "fr").body("language", equalTo("fr"));
        api().get("/follow-ups/" + item).then().statusCode(200).header("Content-Language", "es")
                .body("reason", equalTo(spanish.getString("items[0].reason")));
        api().queryParam("language", "xx-!").get("/follow-ups/" + item).then().statusCode(400)
                .body("violations.field", contains("language"));
    }

    @Test
    void anInterviewsOwnLanguageWinsOverTheProfilesForItsPlan() {
        api().body(Map.of("name", "Jane Doe", "language", "es")).put("/candidate-profile").then().statusCode(201);
        Map<String, Object> body = interview();
        body.put("candidate", Map.of("language", "fr"));
        String interview = register(body);
        api().get("/interviews/" + interview + "/follow-ups").then().statusCode(200)
                .header("Content-Language", "fr").body("items.language", everyItem(equalTo("fr")));
        // the agenda mixes interviews: the profile's language
        api().queryParam("status", "pending").queryParam("status", "due").queryParam("status", "overdue")
                .queryParam("days", 90).get("/agenda").then().statusCode(200).header("Content-Language", "es")
                .body("language", equalTo("es")).body("items.language", everyItem(equalTo("es")));
        api().header("Accept-Language", "de").get("/agenda").then().statusCode(200)
                .header("Content-Language", "de");
    }

    @Test
    void theCalendarFeedTakesItsLanguageFromItsAddressElseTheProfile() {
        api().body(Map.of("name", "Jane Doe", "language", "de")).put("/candidate-profile").then().statusCode(201);
        register(interview());
        String url = api().put("/calendar-feed").then().statusCode(201).extract().path("url");
        String path = url.substring(url.indexOf("/calendar-feed/"));
        String german = rawAnonymous().accept("text/calendar").get(path).then().statusCode(200)
                .header("Content-Language", "de").extract().asString();
        String french = rawAnonymous().accept("text/calendar").queryParam("language", "fr").get(path).then()
                .statusCode(200).header("Content-Language", "fr").extract().asString();
        VEvent first = Biweekly.parse(german).first().getEvents().get(0);
        assertThat(Biweekly.parse(german).first().getNames().get(0).getValue())
                .isEqualTo("Nachfassen nach Vorstellungsgesprächen");
        assertThat(first.getDescription().getValue()).contains("Regeln: ").contains("Zu erledigen zwischen");
        assertThat(Biweekly.parse(french).first().getEvents().get(0).getDescription().getValue())
                .contains("Règles\u00A0: ");
    }
}
