package dev.followup.identity;

/** Who a request acts for: every stored row is scoped by both values. */
public record Caller(String tenantId, String ownerId) {
}
