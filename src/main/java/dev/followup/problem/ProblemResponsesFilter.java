package dev.followup.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares, on every operation, the error responses that any request can get from the framework
 * or the problem mappers, so that each resource only declares the ones its own logic produces; and
 * gives every 4xx and 5xx response of the document, whoever declared it, the problem content. It
 * runs after every other filter (lowest priority), so that it sees all their responses.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = ProblemResponsesFilter.LAST)
public class ProblemResponsesFilter implements OASFilter {

    static final int LAST = Integer.MIN_VALUE;

    /** Any write may lose a race with another write to the same rows (a plan recomputed by both, say). */
    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> {
            if (method != PathItem.HttpMethod.GET && operation.getResponses().getAPIResponse("409") == null) {
                operation.getResponses().addAPIResponse("409", problem("Another change to the same records was "
                        + "saved at the same moment: read them again and retry."));
            }
        });
        return pathItem;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        Map<String, String> common = new LinkedHashMap<>();
        if (hasInput) {
            common.put("400", "The request is not valid: the problem's `violations` name each field, query "
                    + "parameter or header and what to send instead.");
        }
        common.put("406", "The `Accept` header asks for a media type this operation does not produce.");
        if (hasBody) {
            common.put("413", "The request body is larger than the service accepts.");
            common.put("415", "The body is not sent as `application/json`.");
        }
        common.put("414", "The request target (path and query) is longer than the service accepts.");
        common.put("431", "The request's header fields are larger than the service accepts.");
        common.put("500", "The request failed on the service's side; nothing was written. Retry later.");
        common.put("503", "The database is unreachable for now; nothing was written. Retry in a few seconds.");

        APIResponses responses = operation.getResponses();
        common.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, problem(description));
            }
        });
        responses.getAPIResponses().forEach((status, declared) -> {
            if (status.matches("[45]\\d\\d") && declared.getContent() == null && declared.getRef() == null) {
                // Rebuilt rather than amended, so that content comes before headers as everywhere else.
                APIResponse response = problem(declared.getDescription());
                response.setHeaders(declared.getHeaders());
                response.setExtensions(declared.getExtensions());
                responses.addAPIResponse(status, response);
            }
        });
        responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        return operation;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }
}
