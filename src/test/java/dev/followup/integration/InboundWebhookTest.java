package dev.followup.integration;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.Database;
import dev.followup.identity.DevToken;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.Api.rawAnonymous;
import static dev.followup.contract.InterviewJson.fromAts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 15: each vendor's own webhooks, signed as its documentation says (the signatures here are computed
 * by the test with the JDK's HMAC, apart from the service's code), verified, stored once, applied later.
 * The payloads follow the documented shapes (docs/ats-webhook-formats.md) with our own values.
 */
@QuarkusTest
class InboundWebhookTest {

    private static final String ATS = DevToken.integration("ats-sync", TENANT).sign();
    private static final String SECRET = "whsec-test-0123456789abcdef";

    @Inject
    InboundApplier applier;

    @Inject
    Database database;

    @Inject
    TestClock clock;

    @Inject
    dev.followup.contract.QueryPlans plans;

    private static RequestSpecification ats() {
        return as(ATS);
    }

    /** Creates a connection and answers its webhook address. */
    private static String connect(String id, String vendor) {
        return ats().body(Map.of("vendor", vendor, "secret", SECRET)).put("/integrations/" + id).then().statusCode(201)
                .body("webhookUrl", containsString("/webhooks/" + vendor)).extract().path("webhookUrl");
    }

    private static String register(String source, String remoteId) {
        return api().body(fromAts(source, remoteId)).post("/interviews").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse post(String url, String body, Map<String, String> headers) {
        return rawAnonymous().contentType("application/json").accept("application/json").headers(headers)
                .body(body.getBytes(StandardCharsets.UTF_8)).post(url).then();
    }

    private static byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256Hex(String body) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(String message) {
        return HexFormat.of().formatHex(hmac(message));
    }

    private static String ashbySchedule(String actionId, String status, String start, String end) {
        return "{\"webhookActionId\":\"" + actionId
                + "\",\"action\":\"interviewScheduleUpdate\",\"data\":{\"interviewSchedule\":"
                + "{\"id\":\"sched-0c9b8a76\",\"status\":\"" + status + "\",\"applicationId\":\"app-1d0c9b87\","
                + "\"candidateId\":\"cand-2e1d0c98\",\"interviewStageId\":\"stage-3f2e1d09\",\"scheduledBy\":null,"
                + "\"createdAt\":\"2026-03-01T10:00:00.000Z\",\"updatedAt\":\"2026-03-03T08:15:00.000Z\",\"interviewEvents\":["
                + "{\"id\":\"event-5b4a3f2e\",\"interviewId\":\"int-6c5b4a3f\",\"interviewScheduleId\":\"sched-0c9b8a76\","
                + "\"interviewers\":[{\"id\":\"user-4a3f\",\"firstName\":\"Omar\",\"lastName\":\"Haddad\",\"email\":\"omar@acme.test\","
                + "\"trainingRole\":null,\"interviewerPool\":null,\"isFeedbackRequired\":true}],"
                + "\"createdAt\":\"2026-03-01T10:00:00.000Z\",\"updatedAt\":\"2026-03-03T08:15:00.000Z\","
                + "\"startTime\":\"" + start + "\",\"endTime\":\"" + end
                + "\",\"feedbackLink\":\"https://ashby.example/feedback\","
                + "\"location\":\"Google Meet\",\"meetingLink\":\"https://meet.example.org/abc\",\"hasSubmittedFeedback\":false}]}}}";
    }

    private static Map<String, String> ashbySigned(String body) {
        return Map.of("Ashby-Signature", "sha256=" + hex(body));
    }

    @Test
    void ashbyMovesTheRegisteredInterviewOnceAndARepeatChangesNothing() {
        String url = connect("ashby-production", "ashby");
        String interview = register("ashby", "event-5b4a3f2e");
        String body = ashbySchedule("action-2f6a9c1e", "Scheduled", "2026-03-12T15:00:00.000Z",
                "2026-03-12T15:45:00.000Z");

        String received = post(url, body, ashbySigned(body)).statusCode(200).body("status", equalTo("accepted"))
                .extract().path("id");
        ats().get("/integrations/ashby-production/events").then().statusCode(200)
                .body("items.state", contains("pending"));
        assertThat(applier.applyDue(TENANT)).isEqualTo(1);

        api().get("/interviews/" + interview).then().statusCode(200)
                .body("startAt", equalTo("2026-03-12T16:00:00+01:00"))
                .body("endAt", equalTo("2026-03-12T16:45:00+01:00"))
                .body("status", equalTo("scheduled"));
        ats().get("/integrations/ashby-production/events").then().statusCode(200)
                .body("items.id", contains(received)).body("items[0].state", equalTo("applied"))
                .body("items[0].type", equalTo("interviewScheduleUpdate"))
                .body("items[0].vendorEventId", equalTo("action-2f6a9c1e"))
                .body("items[0].outcome", containsString("1 interview rescheduled"))
                .body("items[0].outcome", containsString("sched-0c9b8a76"));

        Map<String, List<String>> before = database.everyRow();
        post(url, body, ashbySigned(body)).statusCode(200).body("status", equalTo("duplicate"))
                .body("id", equalTo(received));
        assertThat(applier.applyDue(TENANT)).isZero();
        assertThat(database.everyRow()).isEqualTo(before);
    }

    @Test
    void ashbyCancellationDeletesTheInterviewLeavingATombstone() {
        String url = connect("ashby-production", "ashby");
        String interview = register("ashby", "sched-0c9b8a76");
        String body = ashbySchedule("action-cancel-1", "Cancelled", "2026-03-12T15:00:00.000Z",
                "2026-03-12T15:45:00.000Z");
        post(url, body, ashbySigned(body)).statusCode(200);
        applier.applyDue(TENANT);

        api().get("/interviews/" + interview).then().statusCode(404);
        api().queryParam("includeDeleted", "true").queryParam("orderBy", "modifiedAt")
                .queryParam("modifiedAfter", "2026-01-01T00:00:00Z").get("/interviews").then().statusCode(200)
                .body("items.id", contains(interview))
                .body("items[0].deletedBy", equalTo("integration-connection:ashby-production"));
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedWithNothingStored() {
        String ashby = connect("ashby-production", "ashby");
        String merge = connect("merge-prod", "merge");
        String greenhouse = connect("gh", "greenhouse");
        String lever = connect("lever", "lever");
        String body = ashbySchedule("action-x", "Scheduled", "2026-03-12T15:00:00.000Z", "2026-03-12T15:45:00.000Z");
        Map<String, List<String>> before = database.everyRow();

        post(ashby, body, Map.of()).statusCode(401)
                .body("type", equalTo("urn:interview-followup:problem:bad-signature"))
                .body("detail", containsString("Ashby-Signature"));
        post(ashby, body, Map.of("Ashby-Signature", "sha256=" + hex(body + " "))).statusCode(401);
        post(ashby, body, Map.of("Ashby-Signature", hex(body))).statusCode(401); // the prefix is part of it
        post(ashby, body + " ", ashbySigned(body)).statusCode(401); // the bytes received are what is signed
        post(merge, body, Map.of("X-Merge-Webhook-Signature", "not base64 !")).statusCode(401);
        post(greenhouse, body, Map.of("Signature", "sha256=" + hex(body))).statusCode(401); // Greenhouse: a space
        post(lever, "{\"event\":\"interviewDeleted\",\"token\":\"t\",\"triggeredAt\":1,\"signature\":\"00\"}", Map.of())
                .statusCode(401);
        post(lever, "not json", Map.of()).statusCode(401);

        assertThat(database.everyRow()).isEqualTo(before);
    }

    @Test
    void mergeChangesRescheduleAndRemovalDeletes() {
        String url = connect("merge-prod", "merge");
        String moved = register("merge", "c1a9e0f4-3333-4c4c-8d8d-7b7b7b7b0003");
        String removed = register("merge", "d2b0f1a5-4444-4d4d-9e9e-8c8c8c8c0004");
        String change = "{\"hook\":{\"id\":\"0b7c1d2e-1111-4a4a-9e9e-5f5f5f5f0001\",\"event\":\"ScheduledInterview.changed\","
                + "\"target\":\"https://followup.example.org/webhooks/merge\"},\"linked_account\":{\"id\":\"7d3e2a10-2222\","
                + "\"integration\":\"Greenhouse\",\"integration_slug\":\"greenhouse\",\"category\":\"ats\",\"end_user_origin_id\":\"tenant-a\","
                + "\"end_user_organization_name\":\"Acme Robotics\",\"end_user_email_address\":\"it@acme.test\",\"status\":\"COMPLETE\","
                + "\"webhook_listener_url\":\"https://api.merge.dev/x\",\"is_duplicate\":null},\"data\":{\"id\":\"c1a9e0f4-3333-4c4c-8d8d-7b7b7b7b0003\","
                + "\"remote_id\":\"9917\",\"created_at\":\"2026-03-02T09:00:00Z\",\"modified_at\":\"2026-03-04T16:20:00Z\","
                + "\"application\":\"a5b6c7d8\",\"job_interview_stage\":\"e1f2a3b4\",\"organizer\":\"f0e1d2c3\",\"interviewers\":[\"f0e1d2c3\"],"
                + "\"location\":\"Room 3\",\"start_at\":\"2026-03-10T13:00:00Z\",\"end_at\":\"2026-03-10T14:00:00Z\","
                + "\"remote_created_at\":\"2026-03-02T08:59:00Z\",\"remote_updated_at\":\"2026-03-04T16:19:00Z\",\"status\":\"SCHEDULED\","
                + "\"remote_was_deleted\":false,\"field_mappings\":null,\"remote_data\":null}}";
        String removal = "{\"hook\":{\"id\":\"0b7c1d2e\",\"event\":\"ScheduledInterview.removed\",\"target\":\"https://x.example\"},"
                + "\"linked_account\":{\"id\":\"7d3e2a10-2222\"},\"data\":{\"id\":\"d2b0f1a5-4444-4d4d-9e9e-8c8c8c8c0004\"}}";
        // Merge's base64url signature, once without padding and once with it: both are accepted.
        post(url, change, Map.of("X-Merge-Webhook-Signature",
                Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(change)))).statusCode(200);
        post(url, removal, Map.of("X-Merge-Webhook-Signature", Base64.getUrlEncoder().encodeToString(hmac(removal))))
                .statusCode(200);
        String test = "{\"data\":{}}"; // the dashboard's test: no hook
        post(url, test, Map.of("X-Merge-Webhook-Signature", Base64.getUrlEncoder().encodeToString(hmac(test))))
                .statusCode(200);
        assertThat(applier.applyDue(TENANT)).isEqualTo(3);

        api().get("/interviews/" + moved).then().statusCode(200).body("startAt", equalTo("2026-03-10T14:00:00+01:00"));
        api().get("/interviews/" + removed).then().statusCode(404);
        ats().get("/integrations/merge-prod/events").then().statusCode(200)
                .body("items.state", contains("ignored", "applied", "applied")).body("items[0].type", equalTo("test"));
    }

    @Test
    void greenhouseDeletionIsAppliedAndItsOtherEventsAreIgnored() {
        String url = connect("gh", "greenhouse");
        String interview = register("greenhouse", "4400123");
        String deleted = "{\"action\":\"interview_deleted\",\"payload\":{\"interview\":{\"id\":4400123}}}";
        String stage = "{\"action\":\"candidate_stage_change\",\"payload\":{\"application\":{\"id\":1}}}";
        post(url, deleted, Map.of("Signature", "sha256 " + hex(deleted), "Greenhouse-Event-ID", "gh-evt-1"))
                .statusCode(200);
        post(url, stage, Map.of("Signature", "sha256 " + hex(stage), "Greenhouse-Event-ID", "gh-evt-2"))
                .statusCode(200);
        // A retry of the first delivery; and the same signed body under another event id (which is not signed).
        post(url, deleted, Map.of("Signature", "sha256 " + hex(deleted), "Greenhouse-Event-ID", "gh-evt-1"))
                .statusCode(200).body("status", equalTo("duplicate"));
        post(url, deleted, Map.of("Signature", "sha256 " + hex(deleted), "Greenhouse-Event-ID", "gh-evt-forged"))
                .statusCode(200).body("status", equalTo("duplicate"));
        applier.applyDue(TENANT);

        api().get("/interviews/" + interview).then().statusCode(404);
        ats().get("/integrations/gh/events").then().statusCode(200).body("items.state", contains("ignored", "applied"))
                .body("items.vendorEventId", contains("sha256:" + sha256Hex(stage), "sha256:" + sha256Hex(deleted)));
    }

    @Test
    void leverDeletionIsAppliedAndAReusedTokenOrAnOldOneIsRefused() {
        String url = connect("lever", "lever");
        String interview = register("lever", "6c3d4e5f-0000-4a7b-8c1d-333333333333");
        long sent = TestClock.START.minusSeconds(60).toEpochMilli();
        String token = "a3f9c0d1e2b4a5968778695a4b3c2d1e0f9e8d7c6b5a4f3e";
        String body = leverBody("interviewDeleted", token, sent);
        post(url, body, Map.of()).statusCode(200).body("status", equalTo("accepted"));
        applier.applyDue(TENANT);
        api().get("/interviews/" + interview).then().statusCode(404);

        // The same signed token with other data: a replay, recognised by its token.
        String replay = leverBody("interviewDeleted", token, sent).replace("333333333333", "999999999999");
        post(url, replay, Map.of()).statusCode(200).body("status", equalTo("duplicate"));
        // A signature that verifies, but from long ago.
        long old = TestClock.START.minus(java.time.Duration.ofDays(15)).toEpochMilli();
        post(url, leverBody("interviewDeleted", "b".repeat(48), old), Map.of()).statusCode(401)
                .body("detail", containsString("triggeredAt"));
        ats().get("/integrations/lever/events").then().body("items", hasSize(1));
    }

    private static String leverBody(String event, String token, long triggeredAt) {
        return "{\"id\":\"0f8e2c44-5d1b-4f7a-9a11-3c3c3c3c3c3c\",\"event\":\"" + event + "\",\"triggeredAt\":"
                + triggeredAt
                + ",\"token\":\"" + token + "\",\"signature\":\"" + hex(token + triggeredAt) + "\",\"data\":{"
                + "\"opportunityId\":\"4a1b2c3d-0000-4e5f-8a9b-111111111111\",\"interviewId\":\"6c3d4e5f-0000-4a7b-8c1d-333333333333\"}}";
    }

    @Test
    void anInterviewNotRegisteredIsListedAsUnmatchedAndUnknownTypesAsIgnored() {
        String url = connect("ashby-production", "ashby");
        String body = ashbySchedule("action-unknown", "Scheduled", "2026-03-12T15:00:00.000Z",
                "2026-03-12T15:45:00.000Z");
        String ping = "{\"webhookActionId\":\"ping-1\",\"action\":\"ping\",\"data\":{}}";
        post(url, body, ashbySigned(body)).statusCode(200);
        post(url, ping, ashbySigned(ping)).statusCode(200);
        applier.applyDue(TENANT);
        ats().get("/integrations/ashby-production/events").then().statusCode(200)
                .body("items.state", contains("ignored", "unmatched"))
                .body("items[1].outcome", containsString("No interview is registered with source ashby"));
    }

    @Test
    void aSignedBodyThatIsNotTheVendorsShapeIsRefusedNamingTheField() {
        String url = connect("ashby-production", "ashby");
        Map<String, List<String>> before = database.everyRow();
        String noId = ashbySchedule("action-1", "Scheduled", "2026-03-12T15:00:00.000Z", "2026-03-12T15:45:00.000Z")
                .replace("\"id\":\"sched-0c9b8a76\",", "");
        post(url, noId, ashbySigned(noId)).statusCode(400)
                .body("violations.field", hasItem("data.interviewSchedule.id"));
        String backwards = ashbySchedule("action-2", "Scheduled", "2026-03-12T15:45:00.000Z",
                "2026-03-12T15:00:00.000Z");
        post(url, backwards, ashbySigned(backwards)).statusCode(400)
                .body("violations.field", hasItem("data.interviewSchedule.interviewEvents[0].endTime"));
        String twice = "{\"webhookActionId\":\"a\",\"webhookActionId\":\"b\",\"action\":\"ping\",\"data\":{}}";
        post(url, twice, ashbySigned(twice)).statusCode(400).body("violations.field", hasItem("body"));
        String array = "[1,2]";
        post(url, array, ashbySigned(array)).statusCode(400);
        assertThat(database.everyRow()).isEqualTo(before);
    }

    @Test
    void anAddressOfNoConnectionOrOfAnotherVendorIsNotFound() {
        String url = connect("ashby-production", "ashby");
        String body = "{\"webhookActionId\":\"ping-1\",\"action\":\"ping\",\"data\":{}}";
        post(url.replace("/webhooks/ashby", "/webhooks/lever"), body, ashbySigned(body)).statusCode(404);
        post(url.replace("ashby-production", "other"), body, ashbySigned(body)).statusCode(404);
        post(url.replace("dGVuYW50LWE", "dGVuYW50LWI"), body, ashbySigned(body)).statusCode(404); // tenant-b
        post("/integrations/!!/webhooks/ashby", body, ashbySigned(body)).statusCode(404);
    }

    @Test
    void deletingAConnectionDropsItsWebhooks() {
        String url = connect("ashby-production", "ashby");
        String ping = "{\"webhookActionId\":\"ping-1\",\"action\":\"ping\",\"data\":{}}";
        post(url, ping, ashbySigned(ping)).statusCode(200);
        ats().delete("/integrations/ashby-production").then().statusCode(204);
        assertThat(database.count("inbound_event")).isZero();
        post(url, ping, ashbySigned(ping)).statusCode(404);
    }

    @Test
    void receivedWebhooksArePurgedAfterThirtyDays() {
        String url = connect("ashby-production", "ashby");
        String first = "{\"webhookActionId\":\"ping-1\",\"action\":\"ping\",\"data\":{}}";
        post(url, first, ashbySigned(first)).statusCode(200);
        clock.advance(java.time.Duration.ofDays(20));
        String second = "{\"webhookActionId\":\"ping-2\",\"action\":\"ping\",\"data\":{}}";
        post(url, second, ashbySigned(second)).statusCode(200);
        clock.advance(java.time.Duration.ofDays(11));

        assertThat(applier.purge()).isEqualTo(1);
        ats().get("/integrations/ashby-production/events").then().body("items.vendorEventId", contains("ping-2"));
    }

    @Test
    void theInboxAndTheInterviewsItNamesAreFoundBySeeks() {
        Map<String, Object> parameters = Map.of("tenant", TENANT, "now", TestClock.START);
        assertThat(plans.explain("select id from inbound_event where tenant_id = :tenant and due_at <= :now "
                + "order by due_at limit 20", parameters).toLowerCase())
                // PostgreSQL (production) walks the due index; H2's planner weighs it alike with the
                // connection's due index on an empty table, which also leads with (tenant, ...).
                .containsPattern("ix_inbound_event_due|/\\* public\\.ix_inbound_event_connection_due")
                .doesNotContain("seq scan").doesNotContain("tablescan");
        assertThat(plans
                .explain("select * from inbound_event where tenant_id = :tenant and connection_id = :connection "
                        + "order by received_at desc, id desc limit 21", Map.of("tenant", TENANT, "connection", "c"))
                // H2 seeks the connection on its unique key and sorts; PostgreSQL walks the list index.
                .toLowerCase()).containsPattern("ix_inbound_event_list|uq_inbound_event_key").doesNotContain("seq scan")
                .doesNotContain("tablescan");
        assertThat(plans.explain("select max(due_at) from inbound_event where tenant_id = :tenant "
                + "and connection_id = :connection and due_at is not null and received_at < :now",
                Map.of("tenant", TENANT, "connection", "c", "now", TestClock.START)).toLowerCase())
                .containsPattern("ix_inbound_event_connection_due|uq_inbound_event_key|ix_inbound_event_list")
                .doesNotContain("seq scan").doesNotContain("tablescan");
        assertThat(plans.explain("select * from interview where tenant_id = :tenant and remote_source = :source "
                + "and remote_id = :remote limit 20", Map.of("tenant", TENANT, "source", "ASHBY", "remote", "r"))
                .toLowerCase()).contains("ix_interview_tenant_remote").doesNotContain("seq scan");
    }

    @Test
    void aConnectionsWebhooksApplyInTheOrderTheyCameAndAnIdOfSeveralCandidatesIsLeftAlone() {
        String url = connect("ashby-production", "ashby");
        String interview = register("ashby", "event-5b4a3f2e");
        String earlier = ashbySchedule("action-1", "Scheduled", "2026-03-12T15:00:00.000Z", "2026-03-12T15:45:00.000Z");
        clock.advance(java.time.Duration.ofSeconds(1));
        post(url, earlier, ashbySigned(earlier)).statusCode(200);
        clock.advance(java.time.Duration.ofSeconds(1));
        String later = ashbySchedule("action-2", "Scheduled", "2026-03-13T09:00:00.000Z", "2026-03-13T10:00:00.000Z");
        post(url, later, ashbySigned(later)).statusCode(200);
        // The earlier one is being tried again later (it failed once): the later one waits for it.
        database.execute("update inbound_event set due_at = timestamp with time zone '2026-03-09T10:05:00Z' "
                + "where dedupe_key = 'action-1'");
        applier.applyDue(TENANT);
        ats().get("/integrations/ashby-production/events").then()
                .body("items.state", contains("pending", "pending"))
                .body("items[0].outcome", containsString("Waiting for an earlier webhook"));

        clock.advance(java.time.Duration.ofMinutes(10));
        applier.applyDue(TENANT);
        api().get("/interviews/" + interview).then().body("startAt", equalTo("2026-03-13T10:00:00+01:00"));
        ats().get("/integrations/ashby-production/events").then().body("items.state", contains("applied", "applied"));

        // Another candidate registers the same Ashby id: neither interview is moved.
        as(DevToken.candidate("candidate-2", TENANT).sign()).body(fromAts("ashby", "event-5b4a3f2e"))
                .post("/interviews")
                .then().statusCode(201);
        String third = ashbySchedule("action-3", "Cancelled", "2026-03-13T09:00:00.000Z", "2026-03-13T10:00:00.000Z");
        post(url, third, ashbySigned(third)).statusCode(200);
        applier.applyDue(TENANT);
        api().get("/interviews/" + interview).then().statusCode(200);
        ats().get("/integrations/ashby-production/events").then().body("items[0].outcome",
                containsString("Registered for several candidates, so left alone: remoteId event-5b4a3f2e"));
    }

    @Test
    void aMergeSignatureSpelledAnotherWayIsTheSameEvent() {
        String url = connect("merge-prod", "merge");
        String test = "{\"data\":{}}";
        post(url, test, Map.of("X-Merge-Webhook-Signature", Base64.getUrlEncoder().encodeToString(hmac(test))))
                .statusCode(200).body("status", equalTo("accepted"));
        post(url, test, Map.of("X-Merge-Webhook-Signature",
                Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(test)))).statusCode(200)
                .body("status", equalTo("duplicate"));
    }
}
