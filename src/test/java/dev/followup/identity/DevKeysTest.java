package dev.followup.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevKeysTest {

    private static final String PROD_ISSUER = "https://login.example.com/";
    private static final String PROD_JWKS = "https://login.example.com/.well-known/jwks.json";

    private static String devPublicKey() throws IOException {
        return Files.readString(Path.of("dev-keys", "public.pem"));
    }

    private static String otherPublicKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPublic().getEncoded();
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void recognisesTheCommittedDevKey() throws Exception {
        assertThat(DevKeys.holdsDevKey(devPublicKey())).isTrue();
        assertThat(DevKeys.holdsDevKey(otherPublicKey())).isFalse();
        assertThat(DevKeys.holdsDevKey("{\"keys\": []}")).isFalse();
    }

    @Test
    void acceptsProductionSettingsWithItsOwnIssuerAndKey() throws Exception {
        String key = otherPublicKey();
        assertThat(DevKeys.productionProblems(PROD_ISSUER, null, PROD_JWKS, location -> null)).isEmpty();
        assertThat(DevKeys.productionProblems(PROD_ISSUER, key, null, location -> null)).isEmpty();
        assertThat(DevKeys.productionProblems(PROD_ISSUER, null, "/etc/keys/public.pem",
                Map.of("/etc/keys/public.pem", key)::get)).isEmpty();
    }

    @Test
    void refusesTheDevKeyInProduction() throws Exception {
        String dev = devPublicKey();
        assertThat(DevKeys.productionProblems(PROD_ISSUER, null, "dev-keys/public.pem",
                Map.of("dev-keys/public.pem", dev)::get))
                .singleElement().asString().contains("dev key");
        assertThat(DevKeys.productionProblems(PROD_ISSUER, dev, null, location -> null))
                .singleElement().asString().contains("dev key");
    }

    @Test
    void refusesTheDevIssuerInProduction() {
        assertThat(DevKeys.productionProblems(DevKeys.ISSUER, null, PROD_JWKS, location -> null))
                .singleElement().asString().contains("dev issuer");
    }

    @Test
    void refusesToStartWithoutIssuerOrKey() {
        assertThat(DevKeys.productionProblems(null, null, null, location -> null))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("MP_JWT_VERIFY_ISSUER"))
                .anySatisfy(problem -> assertThat(problem).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    }
}
