package dev.followup.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.BearerSecurityFilter;
import dev.followup.problem.Problem;

/** Where an ATS sends its own webhooks: no bearer token, the vendor's signature is the credential. */
@Path("/integrations/{connectionRef}/webhooks")
@Tag(name = "Integrations")
public class InboundWebhookResource {

    private final InboundWebhooks webhooks;

    InboundWebhookResource(InboundWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Path("{vendor}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveAtsWebhook", summary = "Receive an ATS's webhook", description = "The address to enter in the vendor's webhook settings: a connection's `webhookUrl`. "
            + "The vendor's signature is checked over the exact body received, with the connection's secret: Merge's `X-Merge-Webhook-Signature` (base64url HMAC-SHA256 of the body), "
            + "Greenhouse's `Signature: sha256 <hex>`, Ashby's `Ashby-Signature: sha256=<hex>` (both HMAC-SHA256 of the body), Lever's `signature` field (HMAC-SHA256 of its `token` and `triggeredAt`; "
            + "a `triggeredAt` older than 14 days is refused, and a token seen before is a repeat). "
            + "A verified webhook is stored once per vendor event id (Merge: its signature; Greenhouse: the body's SHA-256, as its `Greenhouse-Event-ID` is not signed; Lever: its token; Ashby: `webhookActionId`), answered 200 at once, and applied moments later: "
            + "an interview registered with the vendor as `source` and the vendor's interview id as `remoteId` is rescheduled to the times the event gives, or deleted (a tombstone) when the vendor cancelled or deleted it. "
            + "Merge: `ScheduledInterview.added|changed|removed`, `remoteId` = Merge's `data.id`. Greenhouse: `interview_deleted`, `remoteId` = the interview's id. "
            + "Lever: `interviewDeleted`, `remoteId` = `data.interviewId`. Ashby: `interviewScheduleCreate|Update`, `remoteId` = the schedule's id or an interview event's id. "
            + "Any other event type is acknowledged and ignored. Each webhook and what became of it is listed by `GET /integrations/{connectionId}/events`.", extensions = @Extension(name = BearerSecurityFilter.SIGNED_BY_SENDER, value = "true", parseValue = true))
    @RequestBody(description = "The vendor's webhook, exactly as it sends it.", required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "The vendor's own payload (docs/ats-webhook-formats.md).", additionalProperties = Schema.True.class), examples = @ExampleObject(name = "greenhouse", summary = "Greenhouse: an interview was deleted", value = "{\"action\":\"interview_deleted\",\"payload\":{\"interview\":{\"id\":4400123}}}")))
    @APIResponse(responseCode = "200", description = "Verified and stored (or stored already: a repeat changes nothing).", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboundReceipt.class)))
    @APIResponse(responseCode = "400", description = "The body is not one JSON object, or not the vendor's documented shape (the field is named); nothing was stored.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "The signature is missing or does not match (for Lever, whose signature is in the body: also a body that is not JSON, or a `triggeredAt` outside the window); nothing was stored.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No connection of this vendor has this address.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InboundReceipt receive(
            @Parameter(description = "The connection's part of its `webhookUrl`: its tenant and id.", example = "dGVuYW50LWE.ashby-production", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @PathParam("connectionRef") String connectionRef,
            @Parameter(description = "The connection's vendor.", example = "ashby", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "merge", "greenhouse", "lever", "ashby"})) @PathParam("vendor") String vendor,
            @Context HttpHeaders headers,
            byte[] body) {
        InboundWebhooks.Receipt receipt = webhooks.receive(connectionRef, vendor, body, headers::getHeaderString);
        return new InboundReceipt(receipt.id(), receipt.duplicate() ? "duplicate" : "accepted");
    }
}
