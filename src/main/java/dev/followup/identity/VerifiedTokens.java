package dev.followup.identity;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Tokens this replica verified a moment ago, by their exact text. A client sends the same token with every
 * request until it expires, and checking its RSA signature and reading its claims again each time was a
 * third of a plan read's CPU (issue 16). A token is taken from here only before its expiry and for a
 * minute at most after it was verified, so a key its provider retired is trusted no longer than that
 * beyond what the provider's cached key set allows anyway. Nothing here decides anything the verifier
 * did not: a token not found is verified in full.
 */
final class VerifiedTokens {

    static final Duration KEPT_FOR = Duration.ofSeconds(60);
    static final int MOST = 2_048;

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder().maximumSize(MOST)
            .expireAfterWrite(KEPT_FOR).build();

    /** The principal verified for exactly this token, if it has not expired by {@code now}. */
    <T extends JsonWebToken> T find(String token, Instant now, Class<T> type) {
        JsonWebToken known = verified.getIfPresent(token);
        if (known == null || now.getEpochSecond() >= known.getExpirationTime() || !type.isInstance(known)) {
            return null;
        }
        return type.cast(known);
    }

    void remember(String token, JsonWebToken principal) {
        verified.put(token, principal);
    }
}
