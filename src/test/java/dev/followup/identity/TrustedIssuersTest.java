package dev.followup.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import static dev.followup.contract.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 15: tokens of several identity providers, each with keys from its own JWKS, served here by a small
 * server the test starts (127.0.0.1:18931, as the test profile configures): one provider for one tenant whose
 * client-credentials tokens carry a scope, one found by OIDC discovery with roles in a claim; a key rotated
 * at the provider is taken up without a restart.
 */
@QuarkusTest
class TrustedIssuersTest {

    private static final String ACME = "https://idp.acme.test";
    private static final String SHARED = "http://127.0.0.1:18931/shared";
    /** What each path of the provider's server answers now. */
    private static final Map<String, String> SERVED = new ConcurrentHashMap<>();
    private static final AtomicInteger JWKS_READS = new AtomicInteger();
    private static HttpServer provider;

    private record Key(String id, KeyPair pair) {

        static Key fresh() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return new Key(UUID.randomUUID().toString(), generator.generateKeyPair());
            } catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }

        String jwk() {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            jwk.setKeyId(id);
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            return jwk.toJson();
        }
    }

    @BeforeAll
    static void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 18931), 0);
        provider.createContext("/", exchange -> {
            String body = SERVED.get(exchange.getRequestURI().getPath());
            if (exchange.getRequestURI().getPath().endsWith("jwks")
                    || exchange.getRequestURI().getPath().endsWith("keys")) {
                JWKS_READS.incrementAndGet();
            }
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        provider.start();
        SERVED.put("/shared/.well-known/openid-configuration",
                "{\"issuer\":\"" + SHARED + "\",\"jwks_uri\":\"" + SHARED + "/keys\"}");
    }

    @AfterAll
    static void stopProvider() {
        provider.stop(0);
    }

    /**
     * The provider publishes these keys. Unknown key ids fetch the keys at most once per 300 ms (jose4j's
     * reprieve), so that a flood of forged key ids cannot make the service hammer the provider: a key is
     * published longer than that before its first token comes.
     */
    private static void acmeServes(Key... keys) {
        SERVED.put("/acme/jwks", "{\"keys\":[" + String.join(",", java.util.Arrays.stream(keys).map(Key::jwk).toList())
                + "]}");
        sleep(Duration.ofMillis(400));
    }

    private static JwtClaimsBuilder claims(String issuer, String subject) {
        Instant now = Instant.now();
        return Jwt.issuer(issuer).subject(subject).issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)));
    }

    private static String signed(JwtClaimsBuilder claims, Key key) {
        return claims.jws().keyId(key.id()).sign(key.pair().getPrivate());
    }

    @Test
    void aClientCredentialsTokenWithTheScopeActsAsAnIntegrationOfItsProvidersTenant() {
        Key key = Key.fresh();
        acmeServes(key);
        String integration = signed(claims(ACME, "acme-sync-client").audience("interview-followup")
                .claim("scope", "openid followup.integration"), key);
        as(integration).get("/integrations").then().statusCode(200);
        as(integration).get("/interviews").then().statusCode(200).body("items", hasSize(0));

        String withoutScope = signed(claims(ACME, "acme-user").audience("interview-followup"), key);
        as(withoutScope).get("/integrations").then().statusCode(403);
    }

    @Test
    void aTokenOfTheProviderIsRefusedForAnotherAudienceOrTenantOrTooLongALife() {
        Key key = Key.fresh();
        acmeServes(key);
        as(signed(claims(ACME, "acme-sync-client").audience("someone-else").claim("scope", "followup.integration"),
                key)).get("/integrations").then().statusCode(401);
        as(signed(claims(ACME, "acme-sync-client").audience("interview-followup").claim("scope", "followup.integration")
                .claim("tenant", "tenant-a"), key)).get("/integrations").then().statusCode(401);
        Instant now = Instant.now();
        as(signed(Jwt.issuer(ACME).subject("acme-sync-client").audience("interview-followup")
                .claim("scope", "followup.integration").issuedAt(now).expiresAt(now.plus(Duration.ofDays(3))), key))
                .get("/integrations").then().statusCode(401);
        // Signed by a key the provider does not publish.
        as(signed(
                claims(ACME, "acme-sync-client").audience("interview-followup").claim("scope", "followup.integration"),
                Key.fresh())).get("/integrations").then().statusCode(401);
    }

    @Test
    void aKeyRotatedAtTheProviderIsTakenUpWithoutARestartAndTheRetiredOneRefused() {
        Key old = Key.fresh();
        acmeServes(old);
        as(signed(
                claims(ACME, "acme-sync-client").audience("interview-followup").claim("scope", "followup.integration"),
                old)).get("/integrations").then().statusCode(200);

        Key rotated = Key.fresh();
        acmeServes(rotated);
        int readsBefore = JWKS_READS.get();
        as(signed(
                claims(ACME, "acme-sync-client").audience("interview-followup").claim("scope", "followup.integration"),
                rotated)).get("/integrations").then().statusCode(200);
        assertThat(JWKS_READS.get()).isGreaterThan(readsBefore); // the unknown key id fetched the keys again
        sleep(Duration.ofMillis(400)); // as above: the retired key's id is unknown now too
        as(signed(
                claims(ACME, "acme-sync-client").audience("interview-followup").claim("scope", "followup.integration"),
                old)).get("/integrations").then().statusCode(401);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aProviderFoundByDiscoveryGivesRolesFromItsClaimAndTheTenantFromTheToken() {
        Key key = Key.fresh();
        SERVED.put("/shared/keys", "{\"keys\":[" + key.jwk() + "]}");
        String candidate = signed(
                claims(SHARED, "cand-42").audience("interview-followup").claim("roles", List.of("candidate"))
                        .claim("tenant", "tenant-shared"),
                key);
        as(candidate).get("/interviews").then().statusCode(200).body("items", hasSize(0));
        as(candidate).get("/integrations").then().statusCode(403);
        // No tenant claim: no tenant to act in.
        as(signed(claims(SHARED, "cand-42").audience("interview-followup").claim("roles", List.of("candidate")), key))
                .get("/interviews").then()
                .statusCode(401);
    }

    @Test
    void aTokenOfAnIssuerNobodyTrustsIsRefused() {
        Key key = Key.fresh();
        as(signed(claims("https://idp.unknown.test", "someone").claim("groups", List.of("integration"))
                .claim("tenant", "tenant-a"), key)).get("/interviews").then().statusCode(401);
    }
}
