package dev.followup.ratelimit;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares in the contract what {@link RateLimitFilter} does on every operation: the 429 answer with
 * {@code Retry-After}, and the {@code RateLimit} and {@code RateLimit-Policy} fields on it and on every
 * success (the problem filter, which runs after this one, gives the 429 its problem content).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 90)
public class RateLimitContractFilter implements OASFilter {

    private static final String HEADERS = "#/components/headers/";

    @Override
    public Operation filterOperation(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                tell(response);
            }
        });
        APIResponse tooMany = OASFactory.createAPIResponse()
                .description("Over the client's quota for the current window: try again after `Retry-After` seconds. "
                        + "A token's subject counts within its tenant by role; a request without a token counts by address.")
                .addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds until the next window, when the quota renews.")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(
                                java.math.BigDecimal.ONE)));
        tell(tooMany);
        operation.getResponses().addAPIResponse("429", tooMany);
        return operation;
    }

    private static void tell(APIResponse response) {
        response.addHeader(RateLimitFilter.POLICY, OASFactory.createHeader().ref(HEADERS + RateLimitFilter.POLICY));
        response.addHeader(RateLimitFilter.STATE, OASFactory.createHeader().ref(HEADERS + RateLimitFilter.STATE));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader(RateLimitFilter.POLICY, header("The client's quota (draft-ietf-httpapi-ratelimit-headers): "
                        + "the policy (`candidate`, `integration` or `address`), `q` requests per window of `w` seconds. "
                        + "Absent while rate limits are off or cannot be counted.", "\"candidate\";q=600;w=60"))
                .addHeader(RateLimitFilter.STATE, header("What is left of the quota: `r` requests remain, and the "
                        + "window renews in `t` seconds.", "\"candidate\";r=598;t=42"));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
}
