package dev.followup.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilesTest {

    @Test
    void everyProfileButTheDevelopmentOnesIsProduction() {
        assertThat(Profiles.isProduction(List.of("prod"))).isTrue();
        assertThat(Profiles.isProduction(List.of("staging"))).isTrue();
        assertThat(Profiles.isProduction(List.of("prod-eu", "prod"))).isTrue();
        assertThat(Profiles.isProduction(List.of("dev"))).isFalse();
        assertThat(Profiles.isProduction(List.of("test"))).isFalse();
        assertThat(Profiles.isProduction(List.of("local"))).isFalse();
    }
}
