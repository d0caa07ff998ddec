package dev.followup.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each vendor's documented payload asks for, read without Quarkus (docs/ats-webhook-formats.md). */
class InboundPayloadsTest {

    private static JsonNode json(String text) {
        return InboundPayloads.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InboundPayloads.Reading read(Vendor vendor, String text) {
        JsonNode body = json(text);
        return InboundPayloads.read(vendor, InboundPayloads.type(vendor, body), body);
    }

    @Test
    void mergeChangedReschedulesRemovedOrRemotelyDeletedCancels() {
        assertThat(read(Vendor.MERGE, "{\"hook\":{\"event\":\"ScheduledInterview.changed\"},\"data\":{\"id\":\"m-1\","
                + "\"start_at\":\"2026-03-10T13:00:00Z\",\"end_at\":\"2026-03-10T14:00:00Z\"}}").changes())
                .containsExactly(new InboundPayloads.Reschedule("m-1", Instant.parse("2026-03-10T13:00:00Z"),
                        Instant.parse("2026-03-10T14:00:00Z")));
        assertThat(read(Vendor.MERGE, "{\"hook\":{\"event\":\"ScheduledInterview.removed\"},\"data\":{\"id\":\"m-1\"}}")
                .changes()).containsExactly(new InboundPayloads.Cancel("m-1"));
        assertThat(read(Vendor.MERGE, "{\"hook\":{\"event\":\"ScheduledInterview.changed\"},\"data\":{\"id\":\"m-1\","
                + "\"remote_was_deleted\":true}}").changes()).containsExactly(new InboundPayloads.Cancel("m-1"));
        assertThat(read(Vendor.MERGE, "{\"hook\":{\"event\":\"Candidate.changed\"},\"data\":{}}").ignoredBecause())
                .contains("not about scheduled interviews");
        assertThat(read(Vendor.MERGE, "{\"data\":{}}").ignoredBecause()).isNotNull();
    }

    @Test
    void greenhouseNumbersAreIdsAndOnlyDeletionsApply() {
        assertThat(read(Vendor.GREENHOUSE,
                "{\"action\":\"interview_deleted\",\"payload\":{\"interview\":{\"id\":4400123}}}")
                .changes()).containsExactly(new InboundPayloads.Cancel("4400123"));
        assertThat(read(Vendor.GREENHOUSE, "{\"action\":\"scorecard_deleted\",\"payload\":{}}").changes()).isEmpty();
        assertThatThrownBy(() -> read(Vendor.GREENHOUSE,
                "{\"action\":\"interview_deleted\",\"payload\":{\"interview\":{\"id\":1.5}}}"))
                .isInstanceOf(InboundPayloads.MalformedPayload.class).hasFieldOrPropertyWithValue("field",
                        "payload.interview.id");
    }

    @Test
    void leverDeletionAppliesAndItsUntimedUpdatesAreIgnored() {
        assertThat(read(Vendor.LEVER, "{\"event\":\"interviewDeleted\",\"data\":{\"interviewId\":\"l-1\"}}").changes())
                .containsExactly(new InboundPayloads.Cancel("l-1"));
        assertThat(read(Vendor.LEVER, "{\"event\":\"interviewUpdated\",\"data\":{\"interviewId\":\"l-1\"}}")
                .ignoredBecause()).contains("no interview times");
        assertThat(read(Vendor.LEVER, "{\"event\":\"candidateHired\",\"data\":{}}").changes()).isEmpty();
    }

    @Test
    void anAshbyScheduleMovesEachEventAndItselfToItsFirstStartAndLastEnd() {
        String schedule = "{\"webhookActionId\":\"a\",\"action\":\"interviewScheduleUpdate\",\"data\":{\"interviewSchedule\":"
                + "{\"id\":\"s-1\",\"status\":\"%s\",\"interviewEvents\":["
                + "{\"id\":\"e-1\",\"startTime\":\"2026-03-12T15:00:00.000Z\",\"endTime\":\"2026-03-12T15:45:00.000Z\"},"
                + "{\"id\":\"e-2\",\"startTime\":\"2026-03-12T16:00:00.000Z\",\"endTime\":\"2026-03-12T16:30:00.000Z\"}]}}}";
        assertThat(read(Vendor.ASHBY, schedule.formatted("Scheduled")).changes()).containsExactly(
                new InboundPayloads.Reschedule("s-1", Instant.parse("2026-03-12T15:00:00Z"),
                        Instant.parse("2026-03-12T16:30:00Z")),
                new InboundPayloads.Reschedule("e-1", Instant.parse("2026-03-12T15:00:00Z"),
                        Instant.parse("2026-03-12T15:45:00Z")),
                new InboundPayloads.Reschedule("e-2", Instant.parse("2026-03-12T16:00:00Z"),
                        Instant.parse("2026-03-12T16:30:00Z")));
        assertThat(read(Vendor.ASHBY, schedule.formatted("Cancelled")).changes()).containsExactly(
                new InboundPayloads.Cancel("s-1"), new InboundPayloads.Cancel("e-1"),
                new InboundPayloads.Cancel("e-2"));
    }

    @Test
    void whatIsNotTheDocumentedShapeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> json("{\"a\":1,\"a\":2}")).isInstanceOf(InboundPayloads.MalformedPayload.class);
        assertThatThrownBy(() -> json("{} {}")).isInstanceOf(InboundPayloads.MalformedPayload.class);
        assertThatThrownBy(() -> json("\"text\"")).isInstanceOf(InboundPayloads.MalformedPayload.class);
        assertThatThrownBy(
                () -> read(Vendor.ASHBY, "{\"action\":\"interviewScheduleUpdate\",\"data\":{\"interviewSchedule\":"
                        + "{\"id\":\"s 1\"}}}"))
                .hasFieldOrPropertyWithValue("field", "data.interviewSchedule.id");
        assertThatThrownBy(() -> read(Vendor.ASHBY,
                "{\"action\":\"interviewScheduleUpdate\",\"data\":{\"interviewSchedule\":"
                        + "{\"id\":\"s-1\",\"interviewEvents\":[{\"id\":\"e-1\",\"startTime\":\"2026-03-12T15:00:00\","
                        + "\"endTime\":\"2026-03-12T16:00:00Z\"}]}}}"))
                .hasFieldOrPropertyWithValue("field", "data.interviewSchedule.interviewEvents[0].startTime");
        assertThatThrownBy(() -> read(Vendor.ASHBY, "{\"action\":\"interview\\u0000Update\",\"data\":{}}"))
                .hasFieldOrPropertyWithValue("field", "action");
    }
}
