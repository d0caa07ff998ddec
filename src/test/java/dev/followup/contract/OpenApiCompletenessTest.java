package dev.followup.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract is complete: every operation has an id, a summary, a description and
 * declared errors; every parameter and every schema field has a description, and every scalar
 * field an example. Plain JUnit: it reads the file, no application needed.
 */
class OpenApiCompletenessTest {

    static OpenAPI contract;

    @BeforeAll
    static void read() {
        contract = new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toString());
    }

    @Test
    void everyOperationIsDescribedAndDeclaresItsErrors() {
        List<String> gaps = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            if (blank(op.getOperationId())) {
                gaps.add(where + ": no operationId");
            }
            if (blank(op.getSummary())) {
                gaps.add(where + ": no summary");
            }
            if (blank(op.getDescription())) {
                gaps.add(where + ": no description");
            }
            if (op.getResponses().keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                gaps.add(where + ": no 4xx response");
            }
            if (!op.getResponses().containsKey("500")) {
                gaps.add(where + ": no 500 response");
            }
            errorsAreProblems(where, op, gaps);
            if (op.getParameters() != null) {
                op.getParameters().stream().filter(p -> blank(p.getDescription()))
                        .forEach(p -> gaps.add(where + ": parameter " + p.getName() + " has no description"));
            }
        }));
        assertThat(gaps).isEmpty();
    }

    @Test
    void everyOperationNeedsABearerTokenAndAcceptsOnBehalfOf() {
        var bearer = contract.getComponents().getSecuritySchemes().get("bearer");
        assertThat(bearer.getType()).hasToString("http");
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
        assertThat(contract.getComponents().getParameters().get("OnBehalfOf").getName()).isEqualTo("On-Behalf-Of");

        List<String> gaps = new ArrayList<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            if (op.getExtensions() != null && op.getExtensions().containsKey("x-public")) {
                if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                    gaps.add(where + ": is public but requires security");
                }
                return;
            }
            if (op.getExtensions() != null && op.getExtensions().containsKey("x-signed-by-sender")) {
                // An ATS's webhook: no token, its signature checked by the operation, so it answers 401.
                if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                    gaps.add(where + ": is signed by its sender but requires security");
                }
                if (!op.getResponses().containsKey("401")) {
                    gaps.add(where + ": is signed by its sender but declares no 401");
                }
                return;
            }
            if (op.getSecurity() == null || op.getSecurity().stream().noneMatch(r -> r.containsKey("bearer"))) {
                gaps.add(where + ": does not require the bearer scheme");
            }
            boolean candidatesInBody = op.getExtensions() != null
                    && (op.getExtensions().containsKey("x-candidates-in-body")
                            || op.getExtensions().containsKey("x-tenant-wide"));
            if (!candidatesInBody && (op.getParameters() == null || op.getParameters().stream().noneMatch(
                    p -> "On-Behalf-Of".equals(p.getName())
                            || "#/components/parameters/OnBehalfOf".equals(p.get$ref())))) {
                gaps.add(where + ": does not declare On-Behalf-Of");
            }
            for (String status : List.of("401", "403")) {
                if (!op.getResponses().containsKey(status)) {
                    gaps.add(where + ": no " + status + " response");
                }
            }
        }));
        assertThat(gaps).isEmpty();
    }

    private static void errorsAreProblems(String where, Operation op, List<String> gaps) {
        op.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null || !response.getContent().containsKey("application/problem+json")) {
                    gaps.add(where + ": " + status + " is not an application/problem+json response");
                }
            }
        });
    }

    @Test
    void everySchemaFieldHasADescriptionAndEveryScalarAnExample() {
        List<String> gaps = new ArrayList<>();
        Map<String, Schema> schemas = contract.getComponents().getSchemas();
        schemas.forEach((name, schema) -> {
            if (blank(schema.getDescription())) {
                gaps.add(name + ": no description");
            }
            if (schema.getProperties() == null) {
                return;
            }
            ((Map<String, Schema>) schema.getProperties()).forEach((field, property) -> {
                if (blank(property.getDescription())) {
                    gaps.add(name + "." + field + ": no description");
                }
                if (isScalar(property) && property.getExample() == null) {
                    gaps.add(name + "." + field + ": no example");
                }
            });
        });
        assertThat(gaps).isEmpty();
    }

    /** Objects and arrays of objects are exampled through their own schema's fields. */
    private static boolean isScalar(Schema<?> property) {
        if ("object".equals(property.getType()) || property.get$ref() != null) {
            return false;
        }
        if (property.getAllOf() != null && property.getAllOf().stream().anyMatch(s -> s.get$ref() != null)
                && "object".equals(property.getType())) {
            return false;
        }
        if ("array".equals(property.getType())) {
            Schema<?> items = property.getItems();
            return items != null && items.get$ref() == null && !"object".equals(items.getType());
        }
        return true;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
