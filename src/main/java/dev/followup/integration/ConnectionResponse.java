package dev.followup.integration;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A connection as the API shows it: never its secret. */
@Schema(name = "IntegrationConnection", description = "An ATS connection of the integration's tenant. Its signing secret is never shown.")
public record ConnectionResponse(
        @Schema(description = "The integration's name for the connection, unique within the tenant.", example = "ashby-production", required = true) String id,
        @Schema(description = "Whose webhooks the connection receives.", example = "ashby", required = true) Vendor vendor,
        @Schema(description = "How the vendor's candidates are matched to this service's.", example = "email", required = true) CandidateMatch candidateMatch,
        @Schema(description = "The address to enter in the vendor's webhook settings (with the same secret). It names the tenant and the connection; it is not a secret, the vendor's signature is.", example = "https://followup.example.com/integrations/dGVuYW50LWE.ashby-production/webhooks/ashby", required = true) URI webhookUrl,
        @Schema(description = "What the connection is for.", example = "Acme's Ashby account, production") String description,
        @Schema(description = "When the connection was created.", example = "2026-03-06T14:00:05Z", required = true) OffsetDateTime createdAt,
        @Schema(description = "When it was last changed (its secret included).", example = "2026-03-06T14:00:05Z", required = true) OffsetDateTime modifiedAt) {

    static ConnectionResponse of(IntegrationConnection connection, URI webhookUrl) {
        return new ConnectionResponse(connection.key.id(), connection.vendor, connection.candidateMatch,
                webhookUrl, connection.description, connection.createdAt.atOffset(ZoneOffset.UTC),
                connection.modifiedAt.atOffset(ZoneOffset.UTC));
    }
}
