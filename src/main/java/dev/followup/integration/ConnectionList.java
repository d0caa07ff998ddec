package dev.followup.integration;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All of a tenant's connections (a tenant has few: a cap keeps them on one page). */
@Schema(name = "IntegrationConnectionList", description = "The tenant's ATS connections, by id.")
public record ConnectionList(
        @Schema(description = "The connections, by id; 50 at most.", required = true, maxItems = ConnectionService.MAX_PER_TENANT) List<ConnectionResponse> items) {
}
