package dev.followup.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed openapi/openapi.yaml is the contract: this test fails when the document the code
 * generates drifts from it. After an intended change, regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Api.CONTRACT_FILE;

    @Test
    void generatedDocumentMatchesTheCommittedContract() throws IOException {
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as("openapi/openapi.yaml is committed").isTrue();
        assertThat(generated)
                .as("the code's OpenAPI document differs from openapi/openapi.yaml; regenerate it with "
                        + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true and review the diff")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }
}
