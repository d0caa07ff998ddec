package dev.followup.system;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTargetRedactionTest {

    private final RequestTargetRedaction redaction = new RequestTargetRedaction(
            Set.of("interviews", "follow-ups", "calendar-feed", "by-remote-id"),
            Set.of("company", "pageSize", "status"));

    @Test
    void keepsOurPathSegmentsAndUuids() {
        assertThat(redaction.redactedPath("/interviews/01a24c01-4b77-7bb5-a15e-11d61bcae8e2/follow-ups"))
                .isEqualTo("/interviews/01a24c01-4b77-7bb5-a15e-11d61bcae8e2/follow-ups");
        assertThat(redaction.redactedPath("/interviews/")).isEqualTo("/interviews/");
    }

    @Test
    void redactsEverySegmentOfTheCallersOwn() {
        assertThat(redaction.redactedPath("/calendar-feed/dGVuYW50LWE.s3cr3t")).isEqualTo("/calendar-feed/REDACTED");
        assertThat(redaction.redactedPath("/interviews/by-remote-id/greenhouse/Ottoline%20Marchetti"))
                .isEqualTo("/interviews/by-remote-id/REDACTED/REDACTED");
        assertThat(redaction.redactedPath("/interviews/zoraida.quintanilla@mail.example"))
                .isEqualTo("/interviews/REDACTED");
    }

    @Test
    void keepsOurParameterNamesAndDropsEveryValue() {
        assertThat(redaction.redactedQuery("company=ottoline.marchetti%40acme.example&pageSize=5"))
                .isEqualTo("company=REDACTED&pageSize=REDACTED");
        assertThat(redaction.redactedQuery("status=due&status=overdue&company="))
                .isEqualTo("status=REDACTED&status=REDACTED&company=REDACTED");
    }

    @Test
    void dropsNamesThatAreNoneOfOurParameters() {
        assertThat(redaction.redactedQuery("zoraida.quintanilla@mail.example")).isEqualTo("REDACTED");
        assertThat(redaction.redactedQuery("Ottoline%20Marchetti=1&pageSize")).isEqualTo("REDACTED&pageSize");
    }
}
