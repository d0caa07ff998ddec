package dev.followup.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.firstInterviewer;
import static dev.followup.contract.InterviewJson.interview;
import static dev.followup.contract.InterviewJson.interviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every class of bad input gets a 4xx problem document that names the field, and writes nothing. */
@QuarkusTest
class InterviewBadInputTest {

    @Inject
    Database database;

    @AfterEach
    void nothingWasWritten() {
        assertThat(database.count("interview")).isZero();
        assertThat(database.count("interviewer")).isZero();
        assertThat(database.count("idempotency_key")).isZero();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                bad("missing jobTitle", b -> b.remove("jobTitle"), "jobTitle", "must not be blank"),
                bad("blank jobTitle", b -> b.put("jobTitle", "   "), "jobTitle", "must not be blank"),
                bad("NUL in jobTitle", b -> b.put("jobTitle", "Engineer\u0000"), "jobTitle", "NUL character"),
                bad("NUL in a topic", b -> b.put("topics", List.of("billing\u0000")), "topics[0]", "NUL character"),
                bad("missing company", b -> b.remove("company"), "company", "must not be null"),
                bad("missing company name", b -> b.put("company", Map.of("culture", "tech")), "company.name",
                        "must not be blank"),
                bad("missing startAt", b -> b.remove("startAt"), "startAt", "must not be null"),
                bad("missing interviewers", b -> b.remove("interviewers"), "interviewers", "must not be empty"),
                bad("no interviewers", b -> b.put("interviewers", List.of()), "interviewers", "must not be empty"),
                bad("unknown round", b -> b.put("round", "lunch"), "round",
                        "must be one of screening, technical, hr, onsite, panel, final, other"),
                bad("unknown culture", b -> b.put("company", Map.of("name", "Acme", "culture", "startup")),
                        "company.culture", "must be one of"),
                bad("unknown source", b -> b.put("source", "taleo"), "source", "must be one of"),
                bad("unknown status", b -> b.put("status", "done"), "status", "must be one of"),
                bad("startAt a number", b -> b.put("startAt", 1741266000), "startAt", "ISO-8601 date-time"),
                bad("startAt without offset", b -> b.put("startAt", "2026-03-06T14:00:00"), "startAt",
                        "ISO-8601 date-time"),
                bad("startAt not a date", b -> b.put("startAt", "yesterday"), "startAt", "ISO-8601 date-time"),
                bad("decision date not a date", b -> b.put("expectedDecisionDate", "13/03/2026"),
                        "expectedDecisionDate", "ISO-8601 date"),
                bad("interviewers a string", b -> b.put("interviewers", "Maria"), "interviewers", "must be an array"),
                bad("company a string", b -> b.put("company", "Acme"), "company", "must be an object"),
                bad("boolean a string", b -> b.put("noFollowUpRequested", "maybe"), "noFollowUpRequested",
                        "true or false"),
                bad("processId not a uuid", b -> b.put("processId", "abc"), "processId", "must be a UUID"),
                bad("end before start", b -> b.put("endAt", "2026-03-06T13:00:00+01:00"), "endAt",
                        "must be after startAt"),
                bad("end equals start", b -> b.put("endAt", "2026-03-06T14:00:00+01:00"), "endAt",
                        "must be after startAt"),
                bad("longer than a day", b -> b.put("endAt", "2026-03-08T15:00:00+01:00"), "endAt", "at most 24 hours"),
                bad("year out of range", b -> {
                    b.put("startAt", "9999-03-06T14:00:00+01:00");
                    b.put("endAt", "9999-03-06T15:00:00+01:00");
                }, "startAt", "must be in the years"),
                bad("decision before the interview", b -> b.put("expectedDecisionDate", "2026-03-05"),
                        "expectedDecisionDate", "must not be before"),
                bad("unknown time zone", b -> b.put("timeZone", "Mars/Olympus"), "timeZone", "IANA time zone"),
                bad("offset as time zone", b -> b.put("timeZone", "+01:00"), "timeZone", "IANA time zone"),
                bad("unknown country", b -> b.put("countryCode", "XX"), "countryCode", "ISO 3166-1"),
                bad("lower-case country", b -> b.put("countryCode", "de"), "countryCode", "ISO 3166-1"),
                bad("invalid interviewer email", b -> firstInterviewer(b).put("email", "maria-at-acme"),
                        "interviewers[0].email", "email"),
                bad("invalid candidate email", b -> b.put("candidate", Map.of("email", "nope")), "candidate.email",
                        "email"),
                bad("empty candidate email", b -> b.put("candidate", Map.of("email", "")), "candidate.email",
                        "email"),
                bad("invalid phone", b -> firstInterviewer(b).put("phone", "call me"), "interviewers[0].phone",
                        "phone number"),
                bad("invalid linkedin", b -> firstInterviewer(b).put("linkedInUrl", "http://example.com/maria"),
                        "interviewers[0].linkedInUrl", "LinkedIn"),
                bad("duplicate interviewer emails", b -> ((List<Map<String, Object>>) b.get("interviewers"))
                        .add(interviewer("Maria Again", "Maria.Lopez@acme.example")), "interviewers[2].email",
                        "must differ"),
                bad("oversize jobTitle", b -> b.put("jobTitle", "x".repeat(201)), "jobTitle",
                        "size must be between 0 and 200"),
                bad("oversize interviewer name", b -> firstInterviewer(b).put("name", "x".repeat(201)),
                        "interviewers[0].name", "size must be between 0 and 200"),
                bad("oversize topic", b -> b.put("topics", List.of("x".repeat(301))), "topics[0]",
                        "size must be between 0 and 300"),
                bad("blank topic", b -> b.put("topics", List.of("fine", " ")), "topics[1]", "must not be blank"),
                bad("too many interviewers", b -> b.put("interviewers", IntStream.range(0, 11)
                        .mapToObj(i -> interviewer("Person " + i, "p" + i + "@acme.example")).toList()), "interviewers",
                        "size must be between 0 and 10"),
                bad("too many topics",
                        b -> b.put("topics", IntStream.range(0, 21).mapToObj(i -> "topic " + i).toList()), "topics",
                        "size must be between 0 and 20"),
                bad("too many skills",
                        b -> b.put("skills", IntStream.range(0, 21).mapToObj(i -> "skill " + i).toList()), "skills",
                        "size must be between 0 and 20"),
                bad("remoteId with spaces", b -> b.put("remoteId", "has spaces"), "remoteId", "letters, digits"),
                // issue 11: values of one type are never coerced into another
                bad("a boolean as the text \"true\"", b -> b.put("noFollowUpRequested", "true"), "noFollowUpRequested",
                        "true or false"),
                bad("a boolean as the number 1", b -> b.put("linkedInConnectionAllowed", 1),
                        "linkedInConnectionAllowed", "true or false"),
                bad("a number for a text", b -> b.put("jobTitle", 42), "jobTitle", "must be a string"),
                bad("a boolean for a text", b -> firstInterviewer(b).put("name", true), "interviewers[0].name",
                        "must be a string"),
                bad("a number in a list of texts", b -> b.put("topics", List.of("billing", 7)), "topics[1]",
                        "must be a string"),
                bad("a date as a number", b -> b.put("expectedDecisionDate", 20526), "expectedDecisionDate",
                        "ISO-8601 date"),
                bad("a date as an array", b -> b.put("expectedDecisionDate", List.of(2026, 3, 13)),
                        "expectedDecisionDate", "ISO-8601 date"),
                bad("an enum as an empty text", b -> b.put("round", ""), "round", "must be one of"),
                bad("an id as an empty text (not a new process)", b -> b.put("processId", ""), "processId",
                        "must be a UUID"),
                bad("a name of ideographic spaces only", b -> firstInterviewer(b).put("name", "\u3000\u3000"),
                        "interviewers[0].name", "visible characters"),
                bad("an object as a text", b -> b.put("company", "Acme"), "company", "must be an object"),
                // issue 11: control characters in single-line fields, anything but LF and TAB in multi-line text
                bad("CR in a company name", b -> b.put("company", Map.of("name", "Acme\rRobotics")), "company.name",
                        "control characters"),
                bad("LF in an interviewer's name", b -> firstInterviewer(b).put("name", "Maria\nBcc: x"),
                        "interviewers[0].name", "single line"),
                bad("a C1 control in a topic", b -> b.put("topics", List.of("billing\u0085")), "topics[0]",
                        "U+0085"),
                bad("ESC in a skill", b -> b.put("skills", List.of("\u001b[31mKafka")), "skills[0]", "U+001B"),
                bad("TAB in a title", b -> b.put("jobTitle", "Senior\tEngineer"), "jobTitle", "control characters"),
                bad("LF in an email", b -> firstInterviewer(b).put("email", "maria@acme.example\nBcc: x@y.z"),
                        "interviewers[0].email", "single line"),
                bad("CR in a LinkedIn address", b -> firstInterviewer(b).put("linkedInUrl",
                        "https://www.linkedin.com/in/maria\r"), "interviewers[0].linkedInUrl", "control characters"),
                bad("DEL in a remote id", b -> b.put("remoteId", "gh\u007f1"), "remoteId", "U+007F"),
                bad("a line separator in a job title", b -> b.put("jobTitle", "Engineer\u2028CTO"), "jobTitle",
                        "line separator"),
                bad("CR in a signature", b -> b.put("candidate", Map.of("signature", "Best,\r\nJane")),
                        "candidate.signature", "other than line feed and tab"),
                bad("a bell in a signature", b -> b.put("candidate", Map.of("signature", "Best,\nJane\u0007")),
                        "candidate.signature", "U+0007"),
                bad("a zero-width-only interviewer name", b -> firstInterviewer(b).put("name", "\u200b\u200b"),
                        "interviewers[0].name", "visible characters"),
                bad("a bidi override in a name", b -> firstInterviewer(b).put("name", "Maria \u202eLopez"),
                        "interviewers[0].name", "bidirectional"),
                bad("a bidi isolate in the candidate's name", b -> b.put("candidate", Map.of("name", "\u2067Jane")),
                        "candidate.name", "bidirectional"),
                // issue 11: addresses that are valid to Bean Validation but unsafe in a mailto: link
                bad("? in an email", b -> firstInterviewer(b).put("email", "maria?cc=x@acme.example"),
                        "interviewers[0].email", "email address"),
                bad("& in an email", b -> firstInterviewer(b).put("email", "maria&co@acme.example"),
                        "interviewers[0].email", "email address"),
                bad("% in an email", b -> firstInterviewer(b).put("email", "maria%40x@acme.example"),
                        "interviewers[0].email", "email address"),
                bad("= in an email", b -> firstInterviewer(b).put("email", "maria=x@acme.example"),
                        "interviewers[0].email", "email address"),
                bad("a quoted email with a space",
                        b -> firstInterviewer(b).put("email", "\"maria lopez\"@acme.example"),
                        "interviewers[0].email", "email address"),
                bad("a space in the candidate's email", b -> b.put("candidate", Map.of("email", "jane doe@x.example")),
                        "candidate.email", "email address"),
                bad("an email without a domain dot", b -> firstInterviewer(b).put("email", "maria@localhost"),
                        "interviewers[0].email", "email address"),
                // issue 11: dates outside the years 2000 to 2100, wherever they enter
                bad("a start in 1999", b -> {
                    b.put("startAt", "1999-12-31T14:00:00+01:00");
                    b.put("endAt", "1999-12-31T15:00:00+01:00");
                }, "startAt", "in the years 2000 to 2100"),
                bad("an end in 2101", b -> b.put("endAt", "2101-01-01T00:00:00+01:00"), "endAt",
                        "in the years 2000 to 2100"),
                bad("an absence until 2150", b -> firstInterviewer(b).put("awayUntil", "2150-01-01"),
                        "interviewers[0].awayUntil", "in the years 2000 to 2100"),
                bad("a decision date in year 0", b -> b.put("expectedDecisionDate", "0000-01-01"),
                        "expectedDecisionDate", "in the years 2000 to 2100"),
                bad("a start at the end of time", b -> b.put("startAt", "+999999999-12-31T23:59:59Z"), "startAt",
                        "in the years 2000 to 2100"),
                bad("a blank interviewer title", b -> firstInterviewer(b).put("title", "  "), "interviewers[0].title",
                        "must not be blank"));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> breakIt, String field, String message) {
        return Arguments.of(name, breakIt, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void isRefusedWith400NamingTheField(String name, Consumer<Map<String, Object>> breakIt, String field,
            String message) {
        Map<String, Object> body = interview();
        breakIt.accept(body);
        api().body(body).post("/interviews").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/interviews"))
                .body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void reportsEveryViolationAtOnce() {
        Map<String, Object> body = interview();
        body.remove("jobTitle");
        body.put("countryCode", "XX");
        firstInterviewer(body).put("email", "bad");
        api().body(body).post("/interviews").then().statusCode(400)
                .body("violations.field",
                        org.hamcrest.Matchers.containsInAnyOrder("countryCode", "interviewers[0].email", "jobTitle"))
                .body("detail", containsString("3 fields"));
    }

    @Test
    void malformedJsonIs400WithWhereItBroke() {
        api().body("{\"jobTitle\": \"x\",").post("/interviews").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:malformed-body"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void textInsteadOfJsonIs400() {
        api().body("hello there").post("/interviews").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anArrayInsteadOfAnObjectIs400() {
        api().body("[1, 2]").post("/interviews").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anEmptyBodyIs400NamingTheBody() {
        api().body("").post("/interviews").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("body"));
    }

    @Test
    void nullIs400NamingTheBody() {
        api().body("null").post("/interviews").then().statusCode(400).body("violations.field", hasItem("body"));
    }

    @Test
    void aBodyOverTheSizeLimitIs413() {
        Map<String, Object> body = interview();
        body.put("jobTitle", "x".repeat(300_000));
        api().body(body).post("/interviews").then().statusCode(413);
    }

    @Test
    void anUnknownFieldIsRefusedNotDropped() {
        Map<String, Object> body = interview();
        body.put("noFollowupRequested", true); // misspelt: dropping it would chase an employer who asked not to be
        api().body(body).post("/interviews").then().statusCode(400)
                .body("violations.field", hasItem("noFollowupRequested"))
                .body("violations.message", hasItem(containsString("check its spelling")));
    }

    @Test
    void invalidInterviewerInsideAListIsNamedByIndex() {
        Map<String, Object> body = interview();
        var interviewers = new ArrayList<Object>((List<?>) body.get("interviewers"));
        interviewers.add(Map.of("name", "No Email", "title", "CTO"));
        body.put("interviewers", interviewers);
        api().body(body).post("/interviews").then().statusCode(400)
                .body("violations.field", hasItem("interviewers[2].email"));
    }

    @Test
    void putWithBadInputWritesNothing() {
        api().body(Map.of("jobTitle", "only")).put("/interviews/by-remote-id/lever/r-1").then().statusCode(400);
    }
}
