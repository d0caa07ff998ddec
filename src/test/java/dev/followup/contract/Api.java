package dev.followup.contract;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * Every REST Assured call of the suite goes through here, so that every response is checked
 * against the committed OpenAPI document: an undeclared status, header or field fails the test.
 * Requests are not checked, since many tests send bad input on purpose.
 */
public final class Api {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi/openapi.yaml").toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.response", ValidationReport.Level.ERROR)
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .build());

    private Api() {
    }

    /** A request that sends and accepts JSON, with its response validated against the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request with no content type or accept set, for tests about media types. */
    public static RequestSpecification raw() {
        return given().filter(CONTRACT);
    }
}
