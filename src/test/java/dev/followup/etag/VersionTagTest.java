package dev.followup.etag;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionTagTest {

    @Test
    void formatsTheVersionAsAStrongQuotedTag() {
        org.assertj.core.api.Assertions.assertThat(VersionTag.of(3)).isEqualTo("\"3\"");
    }

    @Nested
    class Check {

        @ParameterizedTest
        @ValueSource(strings = {"\"3\"", "W/\"3\"", "*", "\"1\", \"3\"", " \"3\" "})
        void acceptsATagListNamingTheCurrentVersion(String ifMatch) {
            assertThatCode(() -> VersionTag.check(ifMatch, 3, true)).doesNotThrowAnyException();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"2\"", "3", "\"\"", "garbage", "\"1\", \"2\""})
        void refusesATagListWithoutTheCurrentVersion(String ifMatch) {
            assertThatThrownBy(() -> VersionTag.check(ifMatch, 3, true)).isInstanceOf(StaleVersionException.class)
                    .hasMessageContaining("\"3\"");
        }

        @Test
        void aMissingHeaderIsRefusedOnlyWhereRequired() {
            assertThatThrownBy(() -> VersionTag.check(null, 3, true)).isInstanceOf(VersionRequiredException.class);
            assertThatThrownBy(() -> VersionTag.check(" ", 3, true)).isInstanceOf(VersionRequiredException.class);
            assertThatCode(() -> VersionTag.check(null, 3, false)).doesNotThrowAnyException();
        }
    }
}
