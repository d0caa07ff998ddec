package dev.followup.contract;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import dev.followup.identity.DevToken;

import static io.restassured.RestAssured.given;

/**
 * Every REST Assured call of the suite goes through here, so that every response is checked
 * against the committed OpenAPI document: an undeclared status, header or field fails the test.
 * Requests are not checked, since many tests send bad input on purpose.
 */
public final class Api {

    /** The committed contract every response is checked against. */
    public static final Path CONTRACT_FILE = Path.of("openapi/openapi.yaml");
    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(contractValidator());

    private Api() {
    }

    /** The candidate most tests act as. */
    public static final String CANDIDATE = "candidate-1";
    public static final String TENANT = "tenant-a";
    private static String defaultToken;

    /**
     * A request of the default candidate that sends and accepts JSON, with its response validated
     * against the contract.
     */
    public static RequestSpecification api() {
        return anonymous().auth().oauth2(defaultToken());
    }

    /** A request with this bearer token. */
    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A request without any token. */
    public static RequestSpecification anonymous() {
        return given().filter(CONTRACT).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request of the default candidate with no content type or accept set, for tests about media types. */
    public static RequestSpecification raw() {
        return given().filter(CONTRACT).auth().oauth2(defaultToken());
    }

    /** A request without token, content type or accept, for the public calendar feed. */
    public static RequestSpecification rawAnonymous() {
        return given().filter(CONTRACT);
    }

    /** Checks responses (not requests) against the committed document; also used by the reliability suite. */
    public static OpenApiInteractionValidator contractValidator() {
        return OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT_FILE.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response", ValidationReport.Level.ERROR)
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    private static synchronized String defaultToken() {
        if (defaultToken == null) {
            defaultToken = DevToken.candidate(CANDIDATE, TENANT).sign();
        }
        return defaultToken;
    }
}
