package dev.followup.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.firstInterviewer;
import static dev.followup.contract.InterviewJson.interview;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Issue 18 over HTTP: the language of a draft and of its quality report comes from the `language`
 * parameter, then `Accept-Language`, then the interview's or the profile's setting, then English;
 * `Content-Language` says which; each interviewer's form of address shapes the greeting.
 */
@QuarkusTest
class DraftLanguageResourceTest {

    private String thanksToMaria;
    private String thanksToSam;

    @BeforeEach
    void aGermanProfileAndAnInterviewWithFormsOfAddress() {
        api().body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com", "language", "de"))
                .put("/candidate-profile").then().statusCode(201).body("contact.language", equalTo("de"));
        Map<String, Object> body = interview();
        firstInterviewer(body).put("salutation", "ms");
        body.put("topics", List.of("die Migration der Abrechnung auf Event Sourcing"));
        String id = api().body(body).post("/interviews").then().statusCode(201)
                .body("interviewers[0].salutation", equalTo("ms"))
                .body("interviewers[1].salutation", equalTo(null)).extract().path("id");
        var plan = api().get("/interviews/" + id + "/follow-ups").then().statusCode(200).extract().jsonPath();
        thanksToMaria = plan
                .getString("items.find { it.type == 'thank_you' && it.interviewerName == 'Maria Lopez' }.id");
        thanksToSam = plan.getString("items.find { it.type == 'thank_you' && it.interviewerName == 'Sam Chen' }.id");
    }

    @Test
    void withoutAPreferenceTheProfilesLanguageIsUsed() {
        api().get("/follow-ups/" + thanksToMaria + "/draft").then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("language", equalTo("de"))
                .body("body", startsWith("Sehr geehrte Frau Lopez,"))
                .body("body", containsString("die Migration der Abrechnung auf Event Sourcing"))
                .body("body", containsString("Mit freundlichen Grüßen\nJane Doe\njane.doe@example.com"))
                .body("quality.language", equalTo("de"))
                .body("quality.ready", equalTo(true));
        // no form of address stated: the full name, never a guess
        api().get("/follow-ups/" + thanksToSam + "/draft").then().statusCode(200)
                .body("body", startsWith("Guten Tag, Sam Chen,"));
    }

    @Test
    void acceptLanguageWinsOverTheProfileAndTheParameterOverBoth() {
        api().header("Accept-Language", "fr-CH, fr;q=0.9, de;q=0.5").get("/follow-ups/" + thanksToMaria + "/draft")
                .then().statusCode(200).header("Content-Language", "fr").body("body", startsWith("Madame,"));
        api().header("Accept-Language", "fr").queryParam("language", "es").queryParam("tone", "warm")
                .get("/follow-ups/" + thanksToMaria + "/draft").then().statusCode(200)
                .header("Content-Language", "es").body("body", startsWith("Hola, Maria:"));
        api().queryParam("language", "en").get("/follow-ups/" + thanksToMaria + "/draft").then().statusCode(200)
                .header("Content-Language", "en").body("body", startsWith("Dear Ms Lopez,"));
    }

    @Test
    void aLanguageNotWrittenFallsBackAndSaysWhichWasUsed() {
        api().queryParam("language", "it").header("Accept-Language", "ja, zh;q=0.5")
                .get("/follow-ups/" + thanksToMaria + "/draft").then().statusCode(200)
                .header("Content-Language", "de").body("language", equalTo("de"));
        api().body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com")).put("/candidate-profile").then()
                .statusCode(200);
        api().queryParam("language", "it").get("/follow-ups/" + thanksToMaria + "/draft").then().statusCode(200)
                .header("Content-Language", "en").body("body", startsWith("Dear Ms Lopez,"));
    }

    @Test
    void theInterviewsLanguageWinsOverTheProfiles() {
        Map<String, Object> body = interview();
        body.put("candidate", new HashMap<>(Map.of("language", "es")));
        String id = api().body(body).post("/interviews").then().statusCode(201)
                .body("candidate.language", equalTo("es")).extract().path("id");
        String thanks = api().get("/interviews/" + id + "/follow-ups").then().extract().jsonPath()
                .getString("items.find { it.type == 'thank_you' && it.interviewerName == 'Maria Lopez' }.id");
        api().get("/follow-ups/" + thanks + "/draft").then().statusCode(200).header("Content-Language", "es")
                .body("body", startsWith("Buenos días, Maria Lopez:"));
    }

    @Test
    void aMalformedLanguageIsRefusedNamingWhereItCameFrom() {
        api().queryParam("language", "de_DE").get("/follow-ups/" + thanksToMaria + "/draft").then().statusCode(400)
                .body("violations.field", contains("language"));
        api().header("Accept-Language", "de;q=2").get("/follow-ups/" + thanksToMaria + "/draft").then()
                .statusCode(400).body("violations.field", contains("Accept-Language"));
        // refused before the follow-up is looked for
        api().queryParam("language", "12").get("/follow-ups/0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71/draft").then()
                .statusCode(400).body("violations.field", contains("language"));
        api().body(Map.of("name", "Jane Doe", "language", "it")).put("/candidate-profile").then().statusCode(400)
                .body("violations.field", contains("language"));
        Map<String, Object> body = interview();
        firstInterviewer(body).put("salutation", "mrs");
        api().body(body).post("/interviews").then().statusCode(400)
                .body("violations.field", contains("interviewers[0].salutation"));
    }

    @Test
    void theQualityCheckReportsInTheNegotiatedLanguage() {
        api().header("Accept-Language", "es").body(Map.of("type", "thank_you", "channel", "email", "followUpId",
                thanksToMaria, "body", "Kafka mola."))
                .post("/drafts/check").then().statusCode(200)
                .header("Content-Language", "es")
                .body("language", equalTo("es"))
                .body("issues.code", hasItem("missing_greeting"))
                .body("issues.find { it.code == 'slang' }.message", containsString("coloquial"));
        // without a follow-up, the profile's language
        api().body(Map.of("type", "thank_you", "channel", "email", "body",
                "Hallo,\n\ndas war krass.\n\nViele Grüße\nJane"))
                .post("/drafts/check").then().statusCode(200).header("Content-Language", "de")
                .body("issues.find { it.code == 'slang' }.message", containsString("umgangssprachlich"));
        api().queryParam("language", "fr").body(Map.of("channel", "email", "tone", "formal", "subject", "Merci",
                "body", "Madame,\n\nMerci pour notre échange.\n\nCordialement,\nJane Doe\njane.doe@example.com"))
                .put("/follow-ups/" + thanksToMaria + "/draft/saved").then().statusCode(201)
                .header("Content-Language", "fr")
                .body("quality.language", equalTo("fr"))
                .body("quality.issues.find { it.code == 'generic' }.message", containsString("sujet"));
        // a saved draft is read in the language it was written in, whatever the reader asks for
        api().header("Accept-Language", "en").get("/follow-ups/" + thanksToMaria + "/draft/saved").then()
                .statusCode(200).header("Content-Language", "fr")
                .body("quality.language", equalTo("fr"))
                .body("quality.issues.code", not(hasItem("missing_greeting")))
                .body("quality.issues.find { it.code == 'generic' }.message", containsString("sujet"));
        // the text's language can be said in the body; the check reads and reports in it
        api().header("Accept-Language", "de").body(Map.of("type", "thank_you", "channel", "email", "language", "en",
                "body", "Hi Maria,\n\nThanks, that was awesome.\n\nBest,\nJane"))
                .post("/drafts/check").then().statusCode(200).header("Content-Language", "en")
                .body("issues.find { it.code == 'slang' }.message", containsString("casual"));
    }
}
