package dev.followup.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.followup.validation.InvalidParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    private static final Set<String> CANDIDATE = Set.of(Caller.CANDIDATE);
    private static final Set<String> INTEGRATION = Set.of(Caller.INTEGRATION);

    @Nested
    class ACandidate {

        @Test
        void actsForThemselvesInTheirTenant() {
            assertThat(Caller.resolve("alice", "acme", CANDIDATE, null, false))
                    .isEqualTo(new Caller("acme", "alice", "alice"));
        }

        @Test
        void neverListsTheWholeTenant() {
            assertThat(Caller.resolve("alice", "acme", CANDIDATE, null, true).ownerId()).isEqualTo("alice");
        }

        @Test
        void mayNameThemselvesInOnBehalfOf() {
            assertThat(Caller.resolve("alice", "acme", CANDIDATE, " alice ", false).ownerId()).isEqualTo("alice");
        }

        @Test
        void mayNotActForSomeoneElse() {
            assertThatThrownBy(() -> Caller.resolve("alice", "acme", CANDIDATE, "bob", false))
                    .isInstanceOf(ActingForOthersException.class);
        }
    }

    @Nested
    class AnIntegration {

        @Test
        void actsForTheCandidateItNamesWithinItsOwnTenant() {
            assertThat(Caller.resolve("ats", "acme", INTEGRATION, "alice", false))
                    .isEqualTo(new Caller("acme", "alice", "ats"));
        }

        @Test
        void mustNameACandidateOutsideListings() {
            assertThatThrownBy(() -> Caller.resolve("ats", "acme", INTEGRATION, null, false))
                    .isInstanceOf(InvalidParameterException.class)
                    .extracting("violation.field").isEqualTo("On-Behalf-Of");
        }

        @Test
        void listsTheWholeTenantWhenItNamesNoCandidate() {
            Caller caller = Caller.resolve("ats", "acme", INTEGRATION, null, true);
            assertThat(caller.actsForOneCandidate()).isFalse();
            assertThat(caller.tenantId()).isEqualTo("acme");
        }

        @Test
        void withTheCandidateRoleTooIsRefusedRatherThanGuessed() {
            assertThatThrownBy(() -> Caller.resolve("ats", "acme", Set.of(Caller.CANDIDATE, Caller.INTEGRATION),
                    "bob", false)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("both roles");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "two words", "tab\there", "ünïcode", "alice,bob"})
        void getsAFieldErrorForAMalformedOnBehalfOf(String onBehalfOf) {
            assertThatThrownBy(() -> Caller.resolve("ats", "acme", INTEGRATION, onBehalfOf, false))
                    .isInstanceOf(InvalidParameterException.class)
                    .extracting("violation.field").isEqualTo("On-Behalf-Of");
        }

        @Test
        void getsAFieldErrorForAnOverlongOnBehalfOf() {
            assertThatThrownBy(() -> Caller.resolve("ats", "acme", INTEGRATION, "x".repeat(256), false))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }

    @Nested
    class AToken {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void withoutTenantIdentifiesNobody(String tenant) {
            assertThatThrownBy(() -> Caller.resolve("alice", tenant, CANDIDATE, null, false))
                    .isInstanceOf(InvalidTokenException.class)
                    .hasMessageContaining("tenant claim");
        }

        @Test
        void withATenantLongerThanTheSchemaHoldsIdentifiesNobody() {
            assertThatThrownBy(() -> Caller.resolve("alice", "t".repeat(65), CANDIDATE, null, false))
                    .isInstanceOf(InvalidTokenException.class);
        }

        @ParameterizedTest
        @NullAndEmptySource
        void withoutSubjectIdentifiesNobody(String subject) {
            assertThatThrownBy(() -> Caller.resolve(subject, "acme", CANDIDATE, null, false))
                    .isInstanceOf(InvalidTokenException.class)
                    .hasMessageContaining("sub");
        }

        @ParameterizedTest
        @ValueSource(strings = {"acme\u0000", "ac\nme", "\u202eemca", "\u200b"})
        void withControlCharactersInItsTenantOrSubjectIdentifiesNobody(String text) {
            assertThatThrownBy(() -> Caller.resolve("alice", text, CANDIDATE, null, false))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("tenant");
            assertThatThrownBy(() -> Caller.resolve(text, "acme", CANDIDATE, null, false))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("sub");
        }

        @Test
        void issuedInTheFutureBeyondTheClockSkewIsRefused() {
            Instant now = Instant.parse("2026-11-23T12:00:00Z");
            Duration skew = Duration.ofSeconds(60);
            long seconds = now.getEpochSecond();
            Caller.checkIssuedAt(seconds - 3600, now, skew);
            Caller.checkIssuedAt(seconds + 59, now, skew); // clocks disagree a little
            assertThatThrownBy(() -> Caller.checkIssuedAt(seconds + 61, now, skew))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("future");
            assertThatThrownBy(() -> Caller.checkIssuedAt(seconds + Duration.ofDays(365).toSeconds(), now, skew))
                    .isInstanceOf(InvalidTokenException.class);
            // beyond what an Instant holds, and not even a whole number
            assertThatThrownBy(() -> Caller.checkIssuedAt(1L << 62, now, skew))
                    .isInstanceOf(InvalidTokenException.class);
            assertThatThrownBy(() -> Caller.checkIssuedAt(1e300, now, skew)).isInstanceOf(InvalidTokenException.class);
            assertThatThrownBy(() -> Caller.checkIssuedAt(null, now, skew))
                    .isInstanceOf(InvalidTokenException.class).hasMessageContaining("iat");
        }
    }
}
