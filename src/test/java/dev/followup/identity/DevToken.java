package dev.followup.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs bearer tokens with the committed dev key, for the tests and for the README's quick start:
 *
 * <pre>
 * ./mvnw -q exec:java@dev-token                                    # candidate "dev-candidate" of tenant "dev"
 * ./mvnw -q exec:java@dev-token -Dexec.args="--sub ats-sync --role integration --tenant acme"
 * </pre>
 */
public final class DevToken {

    public static final String TENANT_CLAIM = "tenant";
    private static final Path PRIVATE_KEY = Path.of("dev-keys", "private.pem");
    private static PrivateKey devKey;

    private final JwtClaimsBuilder claims;

    private DevToken(String subject, String tenant, Set<String> roles) {
        Instant now = Instant.now();
        claims = Jwt.issuer(DevKeys.ISSUER)
                .subject(subject)
                .groups(roles)
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(8)));
        if (tenant != null) {
            claims.claim(TENANT_CLAIM, tenant);
        }
    }

    /** A token for a user with these roles, valid for eight hours. */
    public static DevToken of(String subject, String tenant, String... roles) {
        return new DevToken(subject, tenant, new LinkedHashSet<>(Arrays.asList(roles)));
    }

    public static DevToken candidate(String subject, String tenant) {
        return of(subject, tenant, Caller.CANDIDATE);
    }

    public static DevToken integration(String subject, String tenant) {
        return of(subject, tenant, Caller.INTEGRATION);
    }

    /** Changes the token's validity, to make it expired, say. */
    public DevToken valid(Instant issuedAt, Instant expiresAt) {
        claims.issuedAt(issuedAt).expiresAt(expiresAt);
        return this;
    }

    /** Sets (or overrides) any claim, such as an {@code exp} no Instant can hold. */
    public DevToken claim(String name, Object value) {
        claims.claim(name, value);
        return this;
    }

    /**
     * A candidate's token without an issue time (iat), signed with the dev key: the builder always adds
     * one, so this one is put together by hand.
     */
    public static String withoutIssueTime(String subject, String tenant) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(DevKeys.ISSUER);
            claims.setSubject(subject);
            claims.setClaim(TENANT_CLAIM, tenant);
            claims.setStringListClaim("groups", Caller.CANDIDATE);
            claims.setExpirationTimeMinutesInTheFuture(60);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(devKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("the dev key signs", e);
        }
    }

    public DevToken issuer(String issuer) {
        claims.issuer(issuer);
        return this;
    }

    /** Signed with the dev key, which the local, dev and test profiles trust. */
    public String sign() {
        return claims.sign(devKey());
    }

    /** Signed with another key, which nobody trusts. */
    public String signWith(PrivateKey key) {
        return claims.sign(key);
    }

    private static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                devKey = KeyUtils.decodePrivateKey(Files.readString(PRIVATE_KEY));
            } catch (IOException e) {
                throw new UncheckedIOException("Run from the project directory: " + PRIVATE_KEY + " not found", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("dev-keys/private.pem is not an RSA private key", e);
            }
        }
        return devKey;
    }

    public static void main(String[] args) {
        String subject = "dev-candidate";
        String tenant = "dev";
        Set<String> roles = new LinkedHashSet<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sub" -> subject = args[i + 1];
                case "--tenant" -> tenant = args[i + 1];
                case "--role" -> roles.add(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --sub <user id>, --tenant <tenant>, --role candidate|integration");
            }
        }
        if (roles.isEmpty()) {
            roles.add(Caller.CANDIDATE);
        }
        System.out.println(new DevToken(subject, tenant, roles).sign());
    }
}
