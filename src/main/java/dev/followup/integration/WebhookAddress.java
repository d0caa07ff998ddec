package dev.followup.integration;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.followup.identity.Caller;

/**
 * The path segment that names a connection in its webhook address: the tenant (base64url) and the
 * connection's id. A vendor sends no token, so the address itself must say whose connection it is; it is
 * not a secret (the signature is the credential), and the tenant stays the first key of every lookup.
 */
public record WebhookAddress(String tenantId, String connectionId) {

    private static final Pattern CONNECTION_ID = Pattern.compile(IntegrationResource.ID_PATTERN);

    public String segment() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tenantId.getBytes(StandardCharsets.UTF_8))
                + "." + connectionId;
    }

    /** The address named by a path segment, if the segment is well formed. */
    public static Optional<WebhookAddress> parse(String segment) {
        if (segment == null || segment.length() > 200) {
            return Optional.empty();
        }
        int dot = segment.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String connection = segment.substring(dot + 1);
        if (!CONNECTION_ID.matcher(connection).matches()) {
            return Optional.empty();
        }
        try {
            String tenant = new String(Base64.getUrlDecoder().decode(segment.substring(0, dot)),
                    StandardCharsets.UTF_8);
            return Caller.isUsableTenant(tenant)
                    ? Optional.of(new WebhookAddress(tenant, connection))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
