package dev.followup.identity;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

/**
 * The key pair in {@code dev-keys/} and the dev issuer sign tokens on laptops and in tests. Their
 * private half is public knowledge, so a production deployment must never trust them. The key is
 * recognised by its material (RSA modulus and exponent), in every form SmallRye JWT reads: PEM (public
 * key or certificate), base64 without headers, a JWK, or a JWK set, inline, in a file or at a URL.
 */
final class DevKeys {

    static final String ISSUER = "https://dev.interview-followup.local";
    /** SHA-256 over the dev key's modulus and public exponent (two's-complement bytes, in that order). */
    static final String MATERIAL_SHA256 = "98c21b971eb118ea3a76e559e25d8cc9cd4ccecc25df45ec75da10577a3c3f61";

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+=*");
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private DevKeys() {
    }

    /**
     * What is wrong with the token verification settings for production: empty when they are fine.
     *
     * @param inlineKey   {@code mp.jwt.verify.publickey}, or null
     * @param keyLocation {@code mp.jwt.verify.publickey.location}, or null
     * @param read        reads a key location's text (a file, a classpath resource, a URL); null when it cannot
     */
    static List<String> productionProblems(String issuer, String inlineKey, String keyLocation,
            Function<String, String> read) {
        List<String> problems = new ArrayList<>();
        if (issuer == null || issuer.isBlank()) {
            problems.add("mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER) is not set: tokens of any issuer would pass");
        } else if (issuer.strip().equals(ISSUER)) {
            problems.add("mp.jwt.verify.issuer is the dev issuer " + ISSUER);
        }
        if (isBlank(inlineKey) && isBlank(keyLocation)) {
            problems.add("neither mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) nor "
                    + "mp.jwt.verify.publickey is set: no token could be verified");
        }
        if (holdsDevKey(inlineKey) || (!isBlank(keyLocation) && holdsDevKey(read.apply(keyLocation.strip())))) {
            problems.add("the verification key is the committed dev key (dev-keys/public.pem)");
        }
        return problems;
    }

    /** Whether the text, in any form SmallRye JWT reads, holds the dev public key among its keys. */
    static boolean holdsDevKey(String text) {
        if (isBlank(text)) {
            return false;
        }
        for (RSAPublicKey key : rsaKeysIn(text.strip())) {
            if (isDevKey(key)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDevKey(RSAPublicKey key) {
        return fingerprint(key.getModulus(), key.getPublicExponent()).equals(MATERIAL_SHA256);
    }

    /** Every RSA public key the text holds; unreadable text holds none. */
    static List<RSAPublicKey> rsaKeysIn(String text) {
        if (BASE64URL.matcher(text).matches()
                && (text.contains("-") || text.contains("_") || !text.startsWith("MII"))) {
            // MicroProfile JWT also reads a JWK or a JWK set base64url-encoded.
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).strip();
                if (decoded.startsWith("{")) {
                    return rsaKeysIn(decoded);
                }
            } catch (IllegalArgumentException notBase64url) {
                // then it is plain base64, read below
            }
        }
        List<RSAPublicKey> keys = new ArrayList<>();
        try {
            if (text.startsWith("{")) {
                List<JsonWebKey> jwks = text.contains("\"keys\"")
                        ? new JsonWebKeySet(text).getJsonWebKeys()
                        : List.of(JsonWebKey.Factory.newJwk(text));
                for (JsonWebKey jwk : jwks) {
                    if (jwk.getKey() instanceof RSAPublicKey rsa) {
                        keys.add(rsa);
                    }
                }
                return keys;
            }
            Matcher pem = PEM.matcher(text);
            boolean anyPem = false;
            while (pem.find()) {
                anyPem = true;
                byte[] der = Base64.getMimeDecoder().decode(pem.group(2));
                addIfRsa(keys, pem.group(1).contains("CERTIFICATE")
                        ? CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                                .getPublicKey()
                        : KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
            }
            if (!anyPem) {
                byte[] der = Base64.getMimeDecoder().decode(text);
                addIfRsa(keys, KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
            }
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException e) {
            // Not a key in a form we read: then it is not the dev key either; SmallRye reports bad keys itself.
        }
        return keys;
    }

    private static void addIfRsa(List<RSAPublicKey> keys, PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            keys.add(rsa);
        }
    }

    static String fingerprint(BigInteger modulus, BigInteger exponent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modulus.toByteArray());
            sha.update(exponent.toByteArray());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
