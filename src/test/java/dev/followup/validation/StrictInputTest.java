package dev.followup.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.contract.Database;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * One reader for every body: each kind of JSON that leniency would have let through is refused the
 * same way on every operation that takes a body, with a 400 naming the field, and nothing stored.
 */
@QuarkusTest
class StrictInputTest {

    @Inject
    Database database;

    private static final ObjectMapper JSON = new ObjectMapper();
    private String interviewId;
    private String thanksId;

    /** An operation that takes a JSON body, a valid body for it, and one of its text fields. */
    record Operation(String name, String method, Function<StrictInputTest, String> path,
            Map<String, Object> body, String textField, boolean freeText) {

        Operation(String name, String method, Function<StrictInputTest, String> path, Map<String, Object> body,
                String textField) {
            this(name, method, path, body, textField, true);
        }

        /** What the problem says of a bad text: an enum field refuses anything but its names. */
        String onBadText(String says) {
            return freeText ? says : "must be one of";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A way to spoil a valid body, and what the problem must then say. */
    record Spoil(String name, Function<Operation, String> body, Function<Operation, String> field,
            Function<Operation, String> says) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void anInterviewWithAPlanAndAProfile() {
        api().body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com")).put("/candidate-profile").then()
                .statusCode(201);
        interviewId = api().body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
        JsonPath plan = api().get("/interviews/" + interviewId + "/follow-ups").then().extract().jsonPath();
        thanksId = plan.getString("items.find { it.type == 'thank_you' }.id");
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("register", "POST", t -> "/interviews", interview(), "jobTitle"),
                new Operation("replace", "PUT", t -> "/interviews/" + t.interviewId, interview(), "jobTitle"),
                new Operation("upsert", "PUT", t -> "/interviews/by-remote-id/greenhouse/gh-1", interview(),
                        "jobTitle"),
                new Operation("profile", "PUT", t -> "/candidate-profile",
                        map("name", "Jane Doe", "email", "jane@example.com"), "name"),
                new Operation("outcome", "POST", t -> "/interviews/" + t.interviewId + "/outcome",
                        map("type", "answered"), "type", false),
                new Operation("done", "POST", t -> "/follow-ups/" + t.thanksId + "/done",
                        map("at", "2026-03-07T10:00:00+01:00", "channel", "email"), "channel", false),
                new Operation("skip", "POST", t -> "/follow-ups/" + t.thanksId + "/skip", map("note", "Called"),
                        "note"),
                new Operation("save draft", "PUT", t -> "/follow-ups/" + t.thanksId + "/draft/saved",
                        map("channel", "email", "subject", "Thanks", "body", "Dear Maria,\nThanks."), "subject"),
                new Operation("check draft", "POST", t -> "/drafts/check",
                        map("type", "thank_you", "channel", "email", "body", "Dear Maria,\nThanks."), "body"));
    }

    static List<Spoil> spoils() {
        return List.of(
                new Spoil("content after the document", op -> json(op.body()) + " {}", op -> "body",
                        op -> "nothing after"),
                new Spoil("no JSON after the document", op -> json(op.body()) + " x", op -> "body",
                        op -> "nothing after"),
                new Spoil("a key given twice", op -> "{\"" + op.textField() + "\": "
                        + json(op.body().get(op.textField())) + ", " + json(op.body()).substring(1),
                        Operation::textField, op -> "given twice"),
                new Spoil("an unknown (misspelt) field", op -> json(with(op.body(), "noFollowupRequested", true)),
                        op -> "noFollowupRequested", op -> "check its spelling"),
                new Spoil("a number for a text", op -> json(with(op.body(), op.textField(), 42)),
                        Operation::textField, op -> "must be"),
                new Spoil("a control character", op -> json(with(op.body(), op.textField(), "Thanks\u0007")),
                        Operation::textField, op -> op.onBadText("control characters")),
                new Spoil("a lone surrogate", op -> json(with(op.body(), op.textField(), "SURROGATE"))
                        .replace("SURROGATE", "Thanks\\ud800"), Operation::textField,
                        op -> op.onBadText("lone UTF-16 surrogate")));
    }

    static Stream<Arguments> everyOperationAndSpoil() {
        List<Arguments> all = new ArrayList<>();
        for (Operation operation : operations()) {
            for (Spoil spoil : spoils()) {
                all.add(Arguments.of(operation, spoil));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyOperationAndSpoil")
    void isRefusedWith400NamingTheFieldAndNothingStored(Operation operation, Spoil spoil) {
        var before = database.everyRow();
        api().header("If-Match", "\"0\"").body(spoil.body().apply(operation))
                .request(operation.method(), operation.path().apply(this))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:validation"))
                .body("violations.field", hasItem(spoil.field().apply(operation)))
                .body("detail", containsString(spoil.says().apply(operation)));
        assertThat(database.everyRow()).isEqualTo(before);
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
