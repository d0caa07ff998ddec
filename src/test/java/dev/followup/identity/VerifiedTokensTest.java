package dev.followup.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified token is taken again only for exactly its text and only before it expires. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

    private record Principal(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    private static Principal expiringAt(Instant at) {
        return new Principal(Map.of("sub", "candidate-1", "exp", at.getEpochSecond()));
    }

    @Test
    void aTokenVerifiedBeforeIsFoundUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens();
        Principal principal = expiringAt(NOW.plusSeconds(30));
        tokens.remember("header.payload.signature", principal);

        assertThat(tokens.find("header.payload.signature", NOW, Principal.class)).isSameAs(principal);
        assertThat(tokens.find("header.payload.signature", NOW.plusSeconds(29), Principal.class)).isSameAs(principal);
        assertThat(tokens.find("header.payload.signature", NOW.plusSeconds(30), Principal.class)).isNull();
    }

    @Test
    void anyOtherTextIsVerifiedInFull() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.remember("header.payload.signature", expiringAt(NOW.plusSeconds(600)));

        assertThat(tokens.find("header.payload.signaturf", NOW, Principal.class)).isNull();
        assertThat(tokens.find("header.payload.signature ", NOW, Principal.class)).isNull();
        assertThat(tokens.find("other", NOW, Principal.class)).isNull();
    }
}
