package dev.followup.identity;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares in the contract what {@link CurrentCaller} enforces on every operation of the API: a
 * bearer JWT, the optional On-Behalf-Of header, and the 401 and 403 problems. (Health, metrics and
 * the OpenAPI document itself are not in the contract and need no token.)
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BearerSecurityFilter implements OASFilter {

    static final String SCHEME = "bearer";
    /** Marks an operation whose credential is in its address (a calendar feed): no bearer token. */
    public static final String PUBLIC = "x-public";
    private static final String ON_BEHALF_OF_REF = "OnBehalfOf";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLIC)) {
            operation.setSecurity(List.of()); // explicitly open
            operation.getResponses().removeAPIResponse("401"); // the framework's guess, not true here
            operation.getResponses().removeAPIResponse("403");
            return operation;
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        operation.addParameter(OASFactory.createParameter().ref(ON_BEHALF_OF_REF));
        APIResponses responses = operation.getResponses();
        problem(responses, "400", "The request is not valid: the problem's `violations` name each field "
                + "(including the `On-Behalf-Of` header) and what to send instead.");
        problem(responses, "401", "No bearer token, or one that is expired, wrongly signed, from another issuer "
                + "or without a tenant claim. The `WWW-Authenticate` header says so too.");
        problem(responses, "403", "The token has neither the `candidate` nor the `integration` role, or a "
                + "candidate named someone else in `On-Behalf-Of`.");
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A JWT from the identity provider, with `sub` (the acting user), the tenant "
                                + "claim (`tenant` unless configured otherwise) and `groups` holding the role "
                                + "`candidate` or `integration`."))
                .addParameter(ON_BEHALF_OF_REF, OASFactory.createParameter()
                        .name(Caller.ON_BEHALF_OF)
                        .in(Parameter.In.HEADER)
                        .required(false)
                        .description("For integrations: the candidate this request acts for (the `sub` of the "
                                + "candidate's own tokens), within the integration's tenant. Required on every "
                                + "operation but listing, where leaving it out lists the whole tenant. Candidates "
                                + "leave it out, or send their own id.")
                        .example("candidate-7f3a")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .minLength(1).maxLength(Caller.MAX_SUBJECT_LENGTH)));
    }

    /** Declares a problem response, replacing the framework's body-less 401 and 403 where it added them. */
    private static void problem(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        if ("401".equals(status)) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("`Bearer realm=\"interview-followup\"`, with `error=\"invalid_token\"` when a "
                            + "token was sent but not accepted (RFC 6750).")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
        responses.addAPIResponse(status, response);
    }
}
