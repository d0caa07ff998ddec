package dev.followup.integration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an integration says about one of its ATS connections. */
@Schema(name = "IntegrationConnectionRequest", description = "An ATS connection as the integration sets it up. The signing secret is write-only: it is never shown again.")
public record ConnectionRequest(
        @Schema(description = "Whose webhooks the connection receives.", example = "ashby", required = true) @NotNull Vendor vendor,
        @Schema(description = "The secret the vendor signs its webhooks with (Merge's webhook signature key, the Greenhouse web hook's secret key, Lever's signature token, "
                + "Ashby's secret token), 8 to 200 characters. Required when the connection is created; left out on a replacement, the stored one stays.", example = "c2VjcmV0LWZyb20tdGhlLWF0cy0wMDE", minLength = 8, maxLength = 200, writeOnly = true) @Size(min = 8, max = 200) String secret,
        @Schema(description = "How the vendor's candidates are matched to this service's; `email` when left out.", example = "email") CandidateMatch candidateMatch,
        @Schema(description = "What the connection is for, up to 300 characters.", example = "Acme's Ashby account, production", maxLength = 300) @Size(max = 300) String description) {
}
