package dev.followup.language;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares in the contract what {@link ContentLanguage} adds to every success of an operation that
 * takes the {@code language} parameter: {@code Content-Language} and {@code Vary: Accept-Language}.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 80)
public class LanguageContractFilter implements OASFilter {

    private static final String HEADERS = "#/components/headers/";

    @Override
    public Operation filterOperation(Operation operation) {
        boolean negotiated = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> LanguageChoice.PARAMETER.equals(p.getName()) && "query".equals(String.valueOf(p.getIn())
                        .toLowerCase(Locale.ROOT)));
        if (negotiated) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if ((status.startsWith("2") || status.equals("304")) && response.getRef() == null) {
                    response.addHeader("Content-Language",
                            OASFactory.createHeader().ref(HEADERS + "Content-Language"));
                    response.addHeader("Vary", OASFactory.createHeader().ref(HEADERS + "Vary-Accept-Language"));
                }
            });
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader("Content-Language", header(ContentLanguage.RESPONSE_HEADER_DESCRIPTION, "de"))
                .addHeader("Vary-Accept-Language", header("`Accept-Language`: the text depends on the language "
                        + "negotiated, so a cache keeps each language apart.", "Accept-Language"));
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
}
