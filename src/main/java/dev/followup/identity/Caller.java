package dev.followup.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import dev.followup.validation.InvalidParameterException;
import dev.followup.validation.Text;

/**
 * Who a request acts for. {@code tenantId} always comes from the token, never from a header, so
 * no request reaches another tenant's rows. {@code ownerId} is the candidate whose records are in
 * play; it is {@code null} only when an integration lists across its whole tenant.
 * {@code actorId} is who sent the request (the token's subject), recorded as createdBy/modifiedBy.
 */
public record Caller(String tenantId, String ownerId, String actorId) {

    public static final String CANDIDATE = "candidate";
    public static final String INTEGRATION = "integration";
    public static final String ON_BEHALF_OF = "On-Behalf-Of";

    static final int MAX_TENANT_LENGTH = 64;
    static final int MAX_SUBJECT_LENGTH = 255;

    /** Whether the caller sees one candidate's records rather than the whole tenant's. */
    public boolean actsForOneCandidate() {
        return ownerId != null;
    }

    /**
     * Decides who acts for whom. A candidate acts for themselves; an integration names the candidate
     * in {@code On-Behalf-Of}, and may leave it out only where {@code tenantWide} allows (listing).
     *
     * @throws InvalidTokenException when the token lacks a usable subject or tenant, or carries both roles
     */
    static Caller resolve(String subject, String tenant, Set<String> roles, String onBehalfOf, boolean tenantWide) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH
                || Text.problemInSingleLine(subject) != null) {
            throw new InvalidTokenException("The token's subject (sub) must be 1 to " + MAX_SUBJECT_LENGTH
                    + " characters, without control characters.");
        }
        if (!isUsableTenant(tenant)) {
            throw new InvalidTokenException("The token carries no usable tenant claim (1 to " + MAX_TENANT_LENGTH
                    + " characters, without control characters).");
        }
        if (roles.contains(INTEGRATION) && roles.contains(CANDIDATE)) {
            // Which one was meant? Guessing would let a candidate's token act for the whole tenant.
            throw new InvalidTokenException("The token carries both roles, candidate and integration: a token "
                    + "must carry exactly one of them.");
        }
        String candidate = onBehalfOf == null ? null : checkedCandidate(onBehalfOf);
        if (roles.contains(INTEGRATION)) {
            if (candidate == null && !tenantWide) {
                throw new InvalidParameterException(ON_BEHALF_OF,
                        "is required for an integration: name the candidate this request acts for");
            }
            return new Caller(tenant, candidate, subject);
        }
        if (candidate != null && !candidate.equals(subject)) {
            throw new ActingForOthersException();
        }
        return new Caller(tenant, subject, subject);
    }

    /** Whether a tenant id (from a token's claim or a feed address) is one this service works with. */
    public static boolean isUsableTenant(String tenant) {
        return tenant != null && !tenant.isBlank() && tenant.length() <= MAX_TENANT_LENGTH
                && Text.problemInSingleLine(tenant) == null;
    }

    /**
     * Refuses a token issued in the future (beyond the clocks' usual disagreement): its lifetime, which
     * the verifier bounds from {@code iat}, would otherwise start whenever the issuer liked.
     */
    static void checkIssuedAt(Number issuedAtEpochSeconds, Instant now, Duration clockSkew) {
        if (issuedAtEpochSeconds == null) {
            throw new InvalidTokenException("The token has no issue time (iat).");
        }
        // Compared as a number: an iat of 2^62 seconds is beyond what an Instant can hold.
        if (issuedAtEpochSeconds.doubleValue() > now.getEpochSecond() + clockSkew.toSeconds()) {
            throw new InvalidTokenException("The token was issued in the future (iat " + issuedAtEpochSeconds + ").");
        }
    }

    private static String checkedCandidate(String onBehalfOf) {
        String candidate = onBehalfOf.strip();
        // No comma: proxies join repeated headers with one, so "a,b" may be two candidates in one header.
        if (candidate.isEmpty() || candidate.length() > MAX_SUBJECT_LENGTH
                || !candidate.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ',')) {
            throw new InvalidParameterException(ON_BEHALF_OF,
                    "must be the candidate's user id (the sub of their tokens), once: 1 to " + MAX_SUBJECT_LENGTH
                            + " visible ASCII characters other than a comma");
        }
        return candidate;
    }
}
