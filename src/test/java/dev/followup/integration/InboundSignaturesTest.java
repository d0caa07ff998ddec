package dev.followup.integration;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each vendor's signature over payloads shaped as its documentation shows (our own values), with the
 * expected signatures computed apart from this code (Python's hmac and base64 modules).
 */
class InboundSignaturesTest {

    private static final byte[] MERGE_BODY = ("{\"hook\":{\"id\":\"0b7c1d2e-1111-4a4a-9e9e-5f5f5f5f0001\",\"event\":"
            + "\"ScheduledInterview.changed\"},\"data\":{\"id\":\"c1a9e0f4-3333-4c4c-8d8d-7b7b7b7b0003\",\"remote_id\":\"9917\"}}")
            .getBytes(StandardCharsets.UTF_8);
    private static final String MERGE_SIGNATURE = "vIVl9oBsz-mTl-RbCcqcBlZ4INMNz-UnncRUajM5MNY=";

    private static final byte[] GREENHOUSE_BODY = "{\"action\":\"interview_deleted\",\"payload\":{\"interview\":{\"id\":4400123}}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String GREENHOUSE_SIGNATURE = "679a143a0ba19c52ea8002e0f302b20d183a701000f7ca6f79afc02fefa98836";

    private static final byte[] ASHBY_BODY = ("{\"webhookActionId\":\"2f6a9c1e-8b7d-4e3f-a1b2-c3d4e5f60718\",\"action\":"
            + "\"interviewScheduleUpdate\",\"data\":{\"interviewSchedule\":{\"id\":\"0c9b8a76-1111-4e2d-9c3b-aaaaaaaaaaaa\","
            + "\"status\":\"Cancelled\"}}}").getBytes(StandardCharsets.UTF_8);
    private static final String ASHBY_SIGNATURE = "f2bef948d0402a221e8b015d0d2e8d0840cb91eb348530367ac97e1825b451cc";

    private static final String LEVER_TOKEN = "a3f9c0d1e2b4a5968778695a4b3c2d1e0f9e8d7c6b5a4f3e";
    private static final String LEVER_SIGNATURE = "a9080a434952d43bcbf2d682e57df051cada1f7b032aa279378694e1eb21c300";

    @Test
    void mergeSignsTheBodyInBase64UrlWithOrWithoutPadding() {
        assertThat(InboundSignatures.merge("merge-signature-key-01", MERGE_BODY, MERGE_SIGNATURE)).isTrue();
        assertThat(InboundSignatures.merge("merge-signature-key-01", MERGE_BODY, MERGE_SIGNATURE.replace("=", "")))
                .isTrue();
        assertThat(InboundSignatures.merge("another-key", MERGE_BODY, MERGE_SIGNATURE)).isFalse();
        assertThat(InboundSignatures.merge("merge-signature-key-01", tampered(MERGE_BODY), MERGE_SIGNATURE)).isFalse();
        assertThat(InboundSignatures.merge("merge-signature-key-01", MERGE_BODY, null)).isFalse();
        assertThat(InboundSignatures.merge("merge-signature-key-01", MERGE_BODY, "not base64 at all!")).isFalse();
    }

    @Test
    void greenhouseSignsTheBodyInHexAfterTheAlgorithmAndASpace() {
        assertThat(InboundSignatures.greenhouse("greenhouse-secret-key", GREENHOUSE_BODY,
                "sha256 " + GREENHOUSE_SIGNATURE))
                .isTrue();
        assertThat(InboundSignatures.greenhouse("greenhouse-secret-key", GREENHOUSE_BODY,
                "sha256 " + GREENHOUSE_SIGNATURE.toUpperCase())).isTrue();
        assertThat(InboundSignatures.greenhouse("greenhouse-secret-key", GREENHOUSE_BODY, GREENHOUSE_SIGNATURE))
                .isFalse();
        assertThat(InboundSignatures.greenhouse("greenhouse-secret-key", tampered(GREENHOUSE_BODY),
                "sha256 " + GREENHOUSE_SIGNATURE)).isFalse();
        assertThat(InboundSignatures.greenhouse("greenhouse-secret-key", GREENHOUSE_BODY, "sha256 zz")).isFalse();
    }

    @Test
    void ashbySignsTheBodyInHexAfterSha256Equals() {
        assertThat(InboundSignatures.ashby("ashby-secret-token", ASHBY_BODY, "sha256=" + ASHBY_SIGNATURE)).isTrue();
        assertThat(InboundSignatures.ashby("ashby-secret-token", ASHBY_BODY, "sha256 " + ASHBY_SIGNATURE)).isFalse();
        assertThat(InboundSignatures.ashby("ashby-secret-token", tampered(ASHBY_BODY), "sha256=" + ASHBY_SIGNATURE))
                .isFalse();
        assertThat(InboundSignatures.ashby("ashby-secret-token", ASHBY_BODY, "sha256=" + ASHBY_SIGNATURE.substring(2)))
                .isFalse();
        assertThat(InboundSignatures.ashby("ashby-secret-token", ASHBY_BODY, null)).isFalse();
    }

    @Test
    void leverSignsItsTokenAndTimeNotTheBody() {
        assertThat(InboundSignatures.lever("lever-signature-token", LEVER_TOKEN, "1767611400123", LEVER_SIGNATURE))
                .isTrue();
        assertThat(InboundSignatures.lever("lever-signature-token", LEVER_TOKEN, "1767611400124", LEVER_SIGNATURE))
                .isFalse();
        assertThat(InboundSignatures.lever("another-token", LEVER_TOKEN, "1767611400123", LEVER_SIGNATURE)).isFalse();
        assertThat(InboundSignatures.lever("lever-signature-token", null, "1767611400123", LEVER_SIGNATURE)).isFalse();
        assertThat(InboundSignatures.lever("lever-signature-token", LEVER_TOKEN, "1767611400123", null)).isFalse();
    }

    private static byte[] tampered(byte[] body) {
        byte[] copy = body.clone();
        copy[copy.length - 3] ^= 1;
        return copy;
    }
}
