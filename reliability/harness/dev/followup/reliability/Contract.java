package dev.followup.reliability;

import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import dev.followup.contract.Api;

/** Checks replies against the committed OpenAPI document, as the HTTP tests do (run from the project directory). */
final class Contract {

    private final OpenApiInteractionValidator validator;

    Contract() {
        validator = Api.contractValidator();
    }

    /** What in the reply the contract does not declare; empty when it conforms. */
    List<String> breaches(Http.Reply reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status()).withBody(reply.body());
        reply.headers().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        String path = reply.path();
        int query = path.indexOf('?');
        ValidationReport report = validator.validateResponse(query < 0 ? path : path.substring(0, query),
                Request.Method.valueOf(reply.method()), response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).toList();
    }
}
