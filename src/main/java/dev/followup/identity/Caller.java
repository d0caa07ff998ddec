package dev.followup.identity;

import java.util.Set;

import dev.followup.validation.InvalidParameterException;

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
     * @throws InvalidTokenException when the token lacks a usable subject or tenant
     */
    static Caller resolve(String subject, String tenant, Set<String> roles, String onBehalfOf, boolean tenantWide) {
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidTokenException("The token's subject (sub) must be 1 to " + MAX_SUBJECT_LENGTH
                    + " characters.");
        }
        if (tenant == null || tenant.isBlank() || tenant.length() > MAX_TENANT_LENGTH) {
            throw new InvalidTokenException("The token carries no usable tenant claim (1 to " + MAX_TENANT_LENGTH
                    + " characters).");
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

    private static String checkedCandidate(String onBehalfOf) {
        String candidate = onBehalfOf.strip();
        if (candidate.isEmpty() || candidate.length() > MAX_SUBJECT_LENGTH
                || !candidate.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidParameterException(ON_BEHALF_OF,
                    "must be the candidate's user id (the sub of their tokens): 1 to " + MAX_SUBJECT_LENGTH
                            + " visible ASCII characters");
        }
        return candidate;
    }
}
