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
 * bearer JWT, the optional On-Behalf-Of header, and when the answer is 401 or 403 (the problem
 * filter, which runs after this one, gives them their problem content). An operation that carries
 * the document extension {@code x-public} (a calendar feed, whose address is its credential) is
 * declared open. (Health, metrics and the OpenAPI document itself are not in the contract.)
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = BearerSecurityFilter.BEFORE_PROBLEMS)
public class BearerSecurityFilter implements OASFilter {

    /** Higher runs first: the 401 and 403 declared here must exist when problem content is added. */
    static final int BEFORE_PROBLEMS = 100;
    static final String SCHEME = "bearer";
    /** The extension with which an operation tells, in the document itself, that it takes no token. */
    private static final String PUBLIC = "x-public";
    private static final String ON_BEHALF_OF_REF = "OnBehalfOf";
    /** The extension of an operation that names its candidates in the body (a batch), so refuses On-Behalf-Of. */
    public static final String CANDIDATES_IN_BODY = "x-candidates-in-body";
    /** The extension of an integration's operation on its whole tenant, so without On-Behalf-Of. */
    public static final String TENANT_WIDE = "x-tenant-wide";
    /** The extension of an open operation whose caller signs the request instead (an ATS's webhook): it keeps its 401. */
    public static final String SIGNED_BY_SENDER = "x-signed-by-sender";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(SIGNED_BY_SENDER)) {
            operation.setSecurity(List.of()); // no token: the sender's signature, checked by the operation
            operation.getResponses().removeAPIResponse("403");
            return operation;
        }
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLIC)) {
            operation.setSecurity(List.of()); // explicitly open
            operation.getResponses().removeAPIResponse("401"); // the framework's guess, not true here
            operation.getResponses().removeAPIResponse("403");
            return operation;
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        boolean tenantWide = operation.getExtensions() != null && operation.getExtensions().containsKey(TENANT_WIDE);
        if (!tenantWide
                && (operation.getExtensions() == null || !operation.getExtensions().containsKey(CANDIDATES_IN_BODY))) {
            operation.addParameter(OASFactory.createParameter().ref(ON_BEHALF_OF_REF));
        }
        APIResponses responses = operation.getResponses();
        declare(responses, "401", "No bearer token, or one that is expired, wrongly signed, from another issuer "
                + "or without a tenant claim. The `WWW-Authenticate` header says so too.")
                .addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("`Bearer realm=\"interview-followup\"`, with `error=\"invalid_token\"` when a "
                                + "token was sent but not accepted (RFC 6750).")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        declare(responses, "403", tenantWide
                ? "The token lacks the `integration` role."
                : "The token has neither the `candidate` nor the `integration` role, or a "
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

    /** Replaces the framework's undocumented 401 and 403 where it added them. */
    private static APIResponse declare(APIResponses responses, String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description);
        responses.addAPIResponse(status, response);
        return response;
    }
}
