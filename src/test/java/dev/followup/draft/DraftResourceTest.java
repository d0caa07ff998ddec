package dev.followup.draft;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.contract.Database;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.firstInterviewer;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Drafts over HTTP: written from the stored interview and profile, checked, never stored unless saved. */
@QuarkusTest
class DraftResourceTest {

    @Inject
    Database database;

    private JsonPath plan;

    @BeforeEach
    void anInterviewAndAProfile() {
        api().body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com", "phone", "+49 30 1234567"))
                .put("/candidate-profile").then().statusCode(201);
        Map<String, Object> body = interview();
        firstInterviewer(body).put("linkedInUrl", "https://www.linkedin.com/in/maria-lopez");
        body.put("phoneFollowUpInvited", true);
        body.put("linkedInConnectionAllowed", true);
        String id = api().body(body).post("/interviews").then().statusCode(201).extract().path("id");
        plan = api().get("/interviews/" + id + "/follow-ups").then().statusCode(200).extract().jsonPath();
    }

    private String item(String type, String interviewer) {
        return plan.getString("items.find { it.type == '" + type + "' && it.interviewerName == '" + interviewer
                + "' }.id");
    }

    private String item(String type) {
        return plan.getString("items.find { it.type == '" + type + "' }.id");
    }

    @Test
    void anInterviewerWithoutATitleGetsADraftThatReadsNaturally() {
        Map<String, Object> body = interview();
        firstInterviewer(body).remove("title");
        String id = api().body(body).post("/interviews").then().statusCode(201).extract().path("id");
        String thanks = api().get("/interviews/" + id + "/follow-ups").then().extract().jsonPath()
                .getString("items.find { it.type == 'thank_you' && it.interviewerName == 'Maria Lopez' }.id");
        api().get("/follow-ups/" + thanks + "/draft").then().statusCode(200)
                .body("body", startsWith("Dear Maria Lopez,"))
                .body("body", not(containsString("null")))
                .body("quality.ready", equalTo(true));
    }

    @Test
    void theFourthInterviewerGetsAWordingOfTheirOwn() {
        Map<String, Object> body = interview();
        @SuppressWarnings("unchecked")
        List<Object> interviewers = (List<Object>) body.get("interviewers");
        interviewers.add(dev.followup.contract.InterviewJson.interviewer("Lee Park", "lee.park@acme.example"));
        interviewers.add(dev.followup.contract.InterviewJson.interviewer("Ana Silva", "ana.silva@acme.example"));
        String id = api().body(body).post("/interviews").then().statusCode(201).extract().path("id");
        var plan = api().get("/interviews/" + id + "/follow-ups").then().extract().jsonPath();
        List<Integer> variants = plan.getList("items.findAll { it.type == 'thank_you' }.id", String.class).stream()
                .map(thanks -> api().get("/follow-ups/" + thanks + "/draft").then().statusCode(200)
                        .body("quality.issues.code", not(hasItem("too_similar"))).extract().<Integer>path("variant"))
                .toList();
        assertThat(variants).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void writesAThankYouEmailFromTheInterviewAndTheProfile() {
        long rows = database.count("follow_up");
        api().get("/follow-ups/" + item("thank_you", "Maria Lopez") + "/draft").then().statusCode(200)
                .body("type", equalTo("thank_you"))
                .body("channel", equalTo("email"))
                .body("tone", equalTo("formal"))
                .body("subject", not(nullValue()))
                .body("body", startsWith("Dear Maria Lopez,"))
                .body("body", containsString("migrating billing to event sourcing"))
                .body("body", containsString("Acme Robotics"))
                .body("body", containsString("jane.doe@example.com"))
                .body("body", containsString("+49 30 1234567"))
                .body("mailto", startsWith("mailto:maria.lopez@acme.example?subject="))
                .body("quality.ready", equalTo(true))
                .body("quality.issues", org.hamcrest.Matchers.empty());
        assertThat(database.count("follow_up")).isEqualTo(rows);
        assertThat(database.count("saved_draft")).isZero();
    }

    @Test
    void twoInterviewersGetDifferentWordingAndTopics() {
        JsonPath maria = api().get("/follow-ups/" + item("thank_you", "Maria Lopez") + "/draft").then()
                .statusCode(200).extract().jsonPath();
        JsonPath sam = api().get("/follow-ups/" + item("thank_you", "Sam Chen") + "/draft").then()
                .statusCode(200).extract().jsonPath();
        assertThat(maria.getInt("variant")).isNotEqualTo(sam.getInt("variant"));
        assertThat(sam.getString("body")).startsWith("Dear Sam Chen,").contains("on-call rotation");
        assertThat(QualityCheck.similarity(maria.getString("body"), sam.getString("body")))
                .isLessThan(QualityCheck.TOO_SIMILAR);
        assertThat(sam.getBoolean("quality.ready")).isTrue();
    }

    @Test
    void writesEveryTypeInEveryChannelItAllows() {
        String thanks = item("thank_you", "Maria Lopez");
        api().queryParam("channel", "handwritten_note").queryParam("tone", "warm")
                .get("/follow-ups/" + thanks + "/draft")
                .then().statusCode(200).body("subject", nullValue()).body("mailto", nullValue())
                .body("body", startsWith("Hi Maria,"));
        api().get("/follow-ups/" + item("status_check") + "/draft").then().statusCode(200)
                .body("channel", equalTo("email")).body("body", containsString("6 March"));
        api().get("/follow-ups/" + item("final_follow_up") + "/draft").then().statusCode(200)
                .body("channel", equalTo("phone")).body("body", containsString("Maria Lopez"));
        api().queryParam("channel", "email").get("/follow-ups/" + item("final_follow_up") + "/draft").then()
                .statusCode(200).body("channel", equalTo("email"));
        api().get("/follow-ups/" + item("linkedin_connection") + "/draft").then().statusCode(200)
                .body("channel", equalTo("linkedin")).body("quality.limit", equalTo(300));
    }

    @Test
    void refusesAChannelTheTypeDoesNotAllowAndAMoveOn() {
        api().queryParam("channel", "linkedin").get("/follow-ups/" + item("thank_you", "Maria Lopez") + "/draft")
                .then().statusCode(400).body("violations.field", hasItem("channel"))
                .body("violations.message", hasItem(containsString("email, handwritten_note")));
        api().queryParam("tone", "casual").get("/follow-ups/" + item("status_check") + "/draft").then()
                .statusCode(400).body("violations.field", hasItem("tone"));
        api().get("/follow-ups/" + item("move_on") + "/draft").then().statusCode(422)
                .body("detail", containsString("nothing to draft"));
        api().get("/follow-ups/0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71/draft").then().statusCode(404);
    }

    @Test
    void saysWhatToSupplyWhenTheCandidatesNameIsUnknown() {
        api().header("If-Match", "\"0\"").body(Map.of("email", "jane.doe@example.com")).put("/candidate-profile")
                .then().statusCode(200);
        api().get("/follow-ups/" + item("status_check") + "/draft").then().statusCode(422)
                .body("violations.field", hasItem("candidate.name"))
                .body("detail", containsString("PUT /candidate-profile"));
    }

    @Test
    void savesAnEditedDraftWithAVersionAndChecksIt() {
        String check = item("status_check");
        String path = "/follow-ups/" + check + "/draft/saved";
        api().get(path).then().statusCode(404);
        api().body(Map.of("channel", "email", "subject", "Quick question",
                "body", "Hey, any news?? Would be awesome to hear back!!")).put(path).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("version", equalTo(0))
                .body("quality.ready", equalTo(false))
                .body("quality.issues.code", hasItem("generic"))
                .body("quality.issues.code", hasItem("slang"))
                .body("quality.issues.code", hasItem("exclamation"))
                .body("quality.issues.code", hasItem("missing_contact"));
        api().header("If-Match", "\"0\"").body(Map.of("channel", "email", "subject", "Following up",
                "body",
                "Dear Maria Lopez,\n\nIs there any news on the role?\n\nKind regards,\nJane Doe\njane.doe@example.com"))
                .put(path).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("quality.ready", equalTo(true));
        api().header("If-Match", "\"0\"").body(Map.of("channel", "email", "body", "stale"))
                .put(path).then().statusCode(412);
        api().get(path).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("subject", equalTo("Following up"));
        api().body(Map.of("channel", "email", "body", " ")).put(path).then().statusCode(400)
                .body("violations.field", hasItem("body"));
        api().body(Map.of("channel", "phone", "body", "Call Maria")).put(path).then().statusCode(400)
                .body("violations.field", hasItem("channel"));
    }

    @Test
    void checksAnyTextAgainstItsFollowUp() {
        String sams = api().get("/follow-ups/" + item("thank_you", "Sam Chen") + "/draft").then().statusCode(200)
                .extract().path("body");
        api().body(Map.of("type", "thank_you", "channel", "email", "followUpId", item("thank_you", "Maria Lopez"),
                "body", sams.replace("Sam Chen", "Maria Lopez"))).post("/drafts/check").then().statusCode(200)
                .body("ready", equalTo(false))
                .body("issues.code", hasItem("too_similar"));
        api().body(Map.of("type", "linkedin_connection", "channel", "linkedin", "body", "x".repeat(301)))
                .post("/drafts/check").then().statusCode(200)
                .body("issues.code", hasItem("too_long"));
        api().body(Map.of("type", "status_check", "channel", "email", "followUpId", item("thank_you", "Maria Lopez"),
                "body", "Dear Maria")).post("/drafts/check").then().statusCode(400)
                .body("violations.field", hasItem("type"));
        api().body(Map.of("type", "thank_you", "channel", "email")).post("/drafts/check").then().statusCode(400)
                .body("violations.field", hasItem("body"));
    }
}
