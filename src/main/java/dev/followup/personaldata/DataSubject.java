package dev.followup.personaldata;

/** The candidate whose data is exported or erased: their id (their tokens' subject) within their tenant. */
public record DataSubject(String tenantId, String ownerId) {
}
