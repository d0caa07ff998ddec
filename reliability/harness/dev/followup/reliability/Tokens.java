package dev.followup.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens signed with the key pair the run generated and the service under test trusts. */
final class Tokens {

    private final PrivateKey key;
    private final String issuer;

    Tokens(Path privateKey, String issuer) throws IOException, GeneralSecurityException {
        this.key = KeyUtils.decodePrivateKey(Files.readString(privateKey));
        this.issuer = issuer;
    }

    String candidate(String tenant, String subject) {
        return sign(tenant, subject, "candidate");
    }

    String integration(String tenant, String subject) {
        return sign(tenant, subject, "integration");
    }

    private String sign(String tenant, String subject, String role) {
        return Jwt.issuer(issuer).subject(subject).groups(Set.of(role)).claim("tenant", tenant).expiresIn(43_200)
                .sign(key);
    }
}
