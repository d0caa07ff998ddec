package dev.followup.webhooks;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The events package documents the {@code data} of its envelope as an interview or a follow-up; it cannot
 * name the webhook subscription (a package above it), which is the {@code data} of
 * {@code subscription.disabled}. This adds it to the contract.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EventDataSchemaFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema event = openAPI.getComponents().getSchemas().get("Event");
        Schema data = event == null || event.getProperties() == null ? null : event.getProperties().get("data");
        if (data != null && data.getOneOf() != null) {
            data.addOneOf(OASFactory.createSchema().ref("WebhookSubscription"));
        }
    }
}
