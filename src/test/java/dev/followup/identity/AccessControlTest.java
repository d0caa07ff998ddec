package dev.followup.identity;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.Database;

import static dev.followup.contract.Api.CANDIDATE;
import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.anonymous;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every endpoint refuses callers it cannot trust (401) or who lack the role (403), with a problem
 * document, and writes nothing for them.
 */
@QuarkusTest
class AccessControlTest {

    private static final PrivateKey STRANGER_KEY = strangerKey();

    @Inject
    Database database;

    private String interviewId;
    private String followUpId;

    /** One endpoint of the API, with a valid request for it. */
    record Endpoint(String method, String path, Object body, String accept) {

        Endpoint(String method, String path) {
            this(method, path, null, "application/json");
        }

        Endpoint(String method, String path, Object body) {
            this(method, path, body, "application/json");
        }

        ValidatableResponse call(RequestSpecification request, String interviewId, String followUpId) {
            RequestSpecification ready = request.header("If-Match", "\"0\"").accept(accept);
            if (body != null) {
                ready = ready.body(body);
            }
            return ready.request(method, path.replace("{id}", interviewId).replace("{followUpId}", followUpId))
                    .then();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST", "/interviews", interview()),
                new Endpoint("GET", "/interviews"),
                new Endpoint("GET", "/interviews/{id}"),
                new Endpoint("PUT", "/interviews/{id}", interview()),
                new Endpoint("DELETE", "/interviews/{id}"),
                new Endpoint("PUT", "/interviews/by-remote-id/greenhouse/gh-1", interview()),
                new Endpoint("GET", "/candidate-profile"),
                new Endpoint("PUT", "/candidate-profile", Map.of("name", "Jane Doe")),
                new Endpoint("GET", "/interviews/{id}/follow-ups"),
                new Endpoint("POST", "/interviews/{id}/outcome", Map.of("type", "rejected")),
                new Endpoint("GET", "/follow-ups/{followUpId}"),
                new Endpoint("POST", "/follow-ups/{followUpId}/done", Map.of("channel", "email")),
                new Endpoint("POST", "/follow-ups/{followUpId}/skip", Map.of("note", "no")),
                new Endpoint("GET", "/agenda"),
                new Endpoint("GET", "/agenda.ics", null, "text/calendar"),
                new Endpoint("PUT", "/calendar-feed"),
                new Endpoint("DELETE", "/calendar-feed"),
                new Endpoint("GET", "/follow-ups/{followUpId}/draft"),
                new Endpoint("GET", "/follow-ups/{followUpId}/draft/saved"),
                new Endpoint("PUT", "/follow-ups/{followUpId}/draft/saved", Map.of("channel", "email", "body", "Hi")),
                new Endpoint("POST", "/drafts/check", Map.of("type", "thank_you", "channel", "email", "body", "Hi")));
    }

    static Stream<Endpoint> endpointsForOneCandidate() {
        return endpoints().filter(e -> !(e.method().equals("GET") && e.path().equals("/interviews")));
    }

    @BeforeEach
    void oneInterviewOfTheDefaultCandidate() {
        interviewId = api().body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
        followUpId = api().get("/interviews/" + interviewId + "/follow-ups").then().statusCode(200).extract()
                .path("items[0].id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401WithoutAToken(Endpoint endpoint) {
        unauthenticated(endpoint.call(anonymous(), interviewId, followUpId))
                .header("WWW-Authenticate", equalTo("Bearer realm=\"interview-followup\""))
                .body("detail", containsString("needs a bearer token"));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForAnExpiredToken(Endpoint endpoint) {
        Instant now = Instant.now();
        String expired = DevToken.candidate(CANDIDATE, TENANT)
                .valid(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2))).sign();
        rejectedToken(endpoint.call(as(expired), interviewId, followUpId));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenFromAnotherIssuer(Endpoint endpoint) {
        String foreign = DevToken.candidate(CANDIDATE, TENANT).issuer("https://issuer.example.org").sign();
        rejectedToken(endpoint.call(as(foreign), interviewId, followUpId));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenSignedWithAnotherKey(Endpoint endpoint) {
        String forged = DevToken.candidate(CANDIDATE, TENANT).signWith(STRANGER_KEY);
        rejectedToken(endpoint.call(as(forged), interviewId, followUpId));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForAGarbledToken(Endpoint endpoint) {
        rejectedToken(endpoint.call(as("not.a.jwt"), interviewId, followUpId));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenWithoutTenant(Endpoint endpoint) {
        String tenantless = DevToken.candidate(CANDIDATE, null).sign();
        unauthenticated(endpoint.call(as(tenantless), interviewId, followUpId))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", containsString("tenant claim"));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers403ForATokenWithoutARoleOfThisService(Endpoint endpoint) {
        String admin = DevToken.of(CANDIDATE, TENANT, "admin").sign();
        forbidden(endpoint.call(as(admin), interviewId, followUpId))
                .body("detail", containsString("candidate or integration"));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers403WhenACandidateActsForSomeoneElse(Endpoint endpoint) {
        forbidden(endpoint.call(api().header("On-Behalf-Of", "candidate-2"), interviewId, followUpId))
                .body("detail", containsString("only for themselves"));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpointsForOneCandidate")
    void answers400WhenAnIntegrationNamesNoCandidate(Endpoint endpoint) {
        String integration = DevToken.integration("ats-sync", TENANT).sign();
        endpoint.call(as(integration), interviewId, followUpId).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("On-Behalf-Of"));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers400ForAMalformedOnBehalfOf(Endpoint endpoint) {
        String integration = DevToken.integration("ats-sync", TENANT).sign();
        endpoint.call(as(integration).header("On-Behalf-Of", "two words"), interviewId, followUpId).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("On-Behalf-Of"));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenCarryingBothRoles(Endpoint endpoint) {
        String both = DevToken.of(CANDIDATE, TENANT, Caller.CANDIDATE, Caller.INTEGRATION).sign();
        unauthenticated(endpoint.call(as(both).header("On-Behalf-Of", CANDIDATE), interviewId, followUpId))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", containsString("both roles"));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenIssuedAYearInTheFuture(Endpoint endpoint) {
        Instant inAYear = Instant.now().plus(Duration.ofDays(365));
        String future = DevToken.candidate(CANDIDATE, TENANT).valid(inAYear, inAYear.plus(Duration.ofHours(1))).sign();
        unauthenticated(endpoint.call(as(future), interviewId, followUpId))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenExpiringIn2To62Seconds(Endpoint endpoint) {
        String forever = DevToken.candidate(CANDIDATE, TENANT).claim("exp", 1L << 62).sign();
        rejectedToken(endpoint.call(as(forever), interviewId, followUpId));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenIssuedAt2To62Seconds(Endpoint endpoint) {
        // iat and exp a minute apart, both beyond what an Instant holds: its lifetime alone looks fine
        String farFuture = DevToken.candidate(CANDIDATE, TENANT).claim("iat", 1L << 62).claim("exp", (1L << 62) + 60)
                .sign();
        unauthenticated(endpoint.call(as(farFuture), interviewId, followUpId))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenLivingLongerThanADay(Endpoint endpoint) {
        Instant now = Instant.now();
        String tooLong = DevToken.candidate(CANDIDATE, TENANT).valid(now, now.plus(Duration.ofDays(30))).sign();
        rejectedToken(endpoint.call(as(tooLong), interviewId, followUpId));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers401ForATokenWithoutAnIssueTime(Endpoint endpoint) {
        String timeless = DevToken.withoutIssueTime(CANDIDATE, TENANT);
        unauthenticated(endpoint.call(as(timeless), interviewId, followUpId));
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void answers400ForOnBehalfOfSentTwice(Endpoint endpoint) {
        String integration = DevToken.integration("ats-sync", TENANT).sign();
        endpoint.call(as(integration).header("On-Behalf-Of", CANDIDATE).header("On-Behalf-Of", "candidate-2"),
                interviewId, followUpId).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("On-Behalf-Of"))
                .body("detail", containsString("sent once"));
        assertNothingWritten();
    }

    private static ValidatableResponse unauthenticated(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:unauthenticated"))
                .body("status", equalTo(401))
                .header("WWW-Authenticate", startsWith("Bearer realm=\"interview-followup\""));
    }

    private static void rejectedToken(ValidatableResponse response) {
        unauthenticated(response)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", containsString("not accepted"));
    }

    private static ValidatableResponse forbidden(ValidatableResponse response) {
        return response.statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:forbidden"))
                .body("status", equalTo(403));
    }

    private void assertNothingWritten() {
        assertThat(database.count("interview")).isEqualTo(1);
        assertThat(database.count("candidate_profile")).isZero();
        assertThat(database.count("calendar_feed")).isZero();
        assertThat(database.count("saved_draft")).isZero();
        api().get("/interviews/" + interviewId).then().statusCode(200).header("ETag", equalTo("\"0\""));
        api().get("/follow-ups/" + followUpId).then().statusCode(200).body("status", equalTo("due"))
                .body("sequence", equalTo(0));
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
