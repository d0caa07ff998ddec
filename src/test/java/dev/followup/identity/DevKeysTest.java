package dev.followup.identity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

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

    /** Every form SmallRye JWT reads a verification key in, each holding the dev key. */
    @Nested
    class TheDevKeyInAnyForm {

        private RSAPublicKey devKey() throws Exception {
            String body = devPublicKey().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        }

        private String jwk() throws Exception {
            RsaJsonWebKey jwk = new RsaJsonWebKey(devKey());
            jwk.setKeyId("dev");
            return jwk.toJson();
        }

        private String jwks(String... keys) {
            return "{\"keys\": [" + String.join(",", keys) + "]}";
        }

        private List<String> refusal(String inline, String location, Function<String, String> read) {
            return DevKeys.productionProblems(PROD_ISSUER, inline, location, read);
        }

        @Test
        void aPemFile() throws Exception {
            assertThat(refusal(null, "/etc/keys/public.pem", Map.of("/etc/keys/public.pem", devPublicKey())::get))
                    .singleElement().asString().contains("dev key");
        }

        @Test
        void pemTextInline() throws Exception {
            assertThat(refusal(devPublicKey(), null, location -> null)).singleElement().asString().contains("dev key");
        }

        @Test
        void base64WithoutHeadersInline() throws Exception {
            String bare = devPublicKey().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            assertThat(refusal(bare, null, location -> null)).singleElement().asString().contains("dev key");
        }

        @Test
        void aJwkInline() throws Exception {
            assertThat(refusal(jwk(), null, location -> null)).singleElement().asString().contains("dev key");
        }

        @Test
        void aJwkOrJwksBase64UrlEncodedInline() throws Exception {
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            assertThat(refusal(url.encodeToString(jwk().getBytes(StandardCharsets.UTF_8)), null, location -> null))
                    .singleElement().asString().contains("dev key");
            assertThat(refusal(url.encodeToString(jwks(jwk()).getBytes(StandardCharsets.UTF_8)), null,
                    location -> null)).singleElement().asString().contains("dev key");
        }

        @Test
        void aJwksInlineAmongOtherKeys() throws Exception {
            RsaJsonWebKey other = new RsaJsonWebKey((RSAPublicKey) KeyPairGenerator.getInstance("RSA")
                    .generateKeyPair().getPublic());
            assertThat(refusal(jwks(other.toJson(), jwk()), null, location -> null)).singleElement().asString()
                    .contains("dev key");
            assertThat(refusal(jwks(other.toJson()), null, location -> null)).isEmpty();
        }

        @Test
        void aJwksFile(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("jwks.json");
            Files.writeString(file, jwks(jwk()));
            assertThat(refusal(null, file.toString(), DevKeyGuard::read)).singleElement().asString()
                    .contains("dev key");
            assertThat(refusal(null, "file:" + file, DevKeyGuard::read)).singleElement().asString()
                    .contains("dev key");
        }

        @Test
        void aJwksUrlFetchedAtStart() throws Exception {
            String document = jwks(jwk());
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                byte[] body = document.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            try {
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
                assertThat(refusal(null, url, DevKeyGuard::read)).singleElement().asString().contains("dev key");
            } finally {
                server.stop(0);
            }
        }

        @Test
        void anUnreachableJwksUrlDoesNotStopTheStart() {
            assertThat(refusal(null, "http://127.0.0.1:1/jwks.json", DevKeyGuard::read)).isEmpty();
        }

        @Test
        void garbageIsNoKeyAtAll() {
            assertThat(DevKeys.holdsDevKey("not a key")).isFalse();
            assertThat(DevKeys.holdsDevKey("{\"kty\": \"RSA\"}")).isFalse();
            assertThat(DevKeys.holdsDevKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")).isFalse();
        }
    }
}
