package dev.followup.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.followup.identity.Caller;
import dev.followup.paging.Cursor;
import dev.followup.paging.NextPageLink;
import dev.followup.problem.Problem;
import dev.followup.system.PublicUrls;
import dev.followup.validation.Parameters;

@Path("/webhook-subscriptions")
@Tag(name = "Webhooks", description = "Events delivered to a URL as they happen, signed per Standard Webhooks, retried for five days.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.CANDIDATE, Caller.INTEGRATION})
public class WebhookSubscriptionResource {

    static final String ID = "The subscription's id.";
    static final String ID_EXAMPLE = "0194f1a2-c43e-7d4b-9a10-2b3c4d5e6f90";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final SubscriptionService subscriptions;
    private final DeliveryService deliveries;
    private final PublicUrls urls;

    WebhookSubscriptionResource(SubscriptionService subscriptions, DeliveryService deliveries, PublicUrls urls) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.urls = urls;
    }

    @POST
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a URL to events", description = "An integration without `On-Behalf-Of` subscribes to its whole tenant's events; a candidate (or an integration naming one) to that candidate's. "
            + "Every event of the chosen types is POSTed to `url` as the `Event` envelope, signed per Standard Webhooks: headers `webhook-id` (the event's id, the same on every retry), "
            + "`webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` keyed with the secret's bytes). "
            + "A 2xx answer within 10 seconds counts as delivered; timeouts, 5xx, 408 and 429 (honouring `Retry-After`) are retried after 5 s, 5 min, 30 min, 2, 5, 10, 14, 20, 24, 24 and 24 h (over five days); "
            + "other 4xx are final; 410 Gone, or five days without a success, disables the subscription. The answer carries the signing secret, shown this once.")
    @APIResponse(responseCode = "201", description = "The subscription, with its secret.", headers = @Header(name = "Location", description = "The address of the new subscription.", schema = @Schema(type = SchemaType.STRING, format = "uri")), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "The URL is not https, does not resolve, or reaches a loopback, private, link-local or metadata address; or another field is invalid.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The caller already subscribed this URL, or has 20 subscriptions.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid SubscriptionRequest body) {
        SubscriptionResponse created = subscriptions.create(body);
        return Response.created(urls.of("/webhook-subscriptions/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "List your webhook subscriptions", description = "The caller's own subscriptions (an integration without `On-Behalf-Of`: its tenant-wide ones), oldest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The subscriptions.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionList.class)))
    public SubscriptionList list() {
        return subscriptions.list();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Read a webhook subscription", description = "One of the caller's subscriptions, without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionResponse get(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return subscriptions.get(Parameters.uuid(id, "id"));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Delete a webhook subscription", description = "Stops deliveries to it at once; its delivery history goes with it.")
    @APIResponse(responseCode = "204", description = "The subscription was deleted.")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        subscriptions.delete(Parameters.uuid(id, "id"));
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a subscription's signing secret", description = "Makes a new secret and shows it this once. For the next 24 hours every delivery carries two signatures, "
            + "one per secret, separated by a space, so a receiver can switch to the new secret whenever it likes within the day.")
    @APIResponse(responseCode = "200", description = "The subscription, with its new secret and `previousSecretExpiresAt`.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionResponse rotate(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return subscriptions.rotate(Parameters.uuid(id, "id"));
    }

    @POST
    @Path("{id}/enable")
    @Operation(operationId = "enableWebhookSubscription", summary = "Enable a disabled subscription", description = "Starts deliveries again for new events. Deliveries that failed while it was disabled stay failed; redeliver the ones you need.")
    @APIResponse(responseCode = "200", description = "The subscription, active.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionResponse enable(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return subscriptions.enable(Parameters.uuid(id, "id"));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's deliveries", description = "Every event handed to the subscription, newest first, with each attempt's status code, latency and error. "
            + "The `next` field and the `Link: <...>; rel=\"next\"` header give the following page.")
    @APIResponse(responseCode = "200", description = "A page of deliveries.", headers = @Header(name = "Link", description = "`<url>; rel=\"next\"` when there is a next page.", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deliveries(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The `next` value of the previous page; leave out for the first page.", example = "d2R8MTc3MzA1MDQwMHwwfDAxOTRmMWEyLWQ1M2UtN2Q0Yi05YTEwLTJiM2M0ZDVlNmZhMA") @Size(max = 200) @QueryParam("cursor") String cursor,
            @Parameter(description = "How many deliveries a page holds, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("pageSize") String pageSize,
            @jakarta.ws.rs.core.Context UriInfo uriInfo) {
        DeliveryPage page = deliveries.page(Parameters.uuid(id, "id"),
                cursor == null ? null : Cursor.decode(cursor, DeliveryService.CURSOR_TAG),
                Parameters.wholeNumber(pageSize, "pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
        return NextPageLink.ok(page, page.next(), uriInfo, urls);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again", description = "Sends the delivery again within a second or two, with the same `webhook-id`, whatever became of it before "
            + "(a receiver that lost it, a failure now fixed). If that attempt fails, the retry schedule continues from the attempts already made.")
    @APIResponse(responseCode = "202", description = "The delivery, pending; its next attempt is now.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller, or no such delivery of it.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription is disabled, or the delivery is being sent right now.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(
            @Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "The delivery's id.", example = "0194f1a2-d53e-7d4b-9a10-2b3c4d5e6fa0", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("deliveryId") String deliveryId) {
        return Response
                .accepted(deliveries.redeliver(Parameters.uuid(id, "id"), Parameters.uuid(deliveryId, "deliveryId")))
                .build();
    }
}
