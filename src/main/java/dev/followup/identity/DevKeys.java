package dev.followup.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The key pair in {@code dev-keys/} and the dev issuer sign tokens on laptops and in tests. Their
 * private half is public knowledge, so a production deployment must never trust them.
 */
final class DevKeys {

    static final String ISSUER = "https://dev.interview-followup.local";
    /** SHA-256 of the DER encoding of {@code dev-keys/public.pem}. */
    static final String PUBLIC_KEY_SHA256 = "dd734e3b355dcd5e481cb926dc4f0da7f39556df0a764a1a90f1472166374ccc";

    private DevKeys() {
    }

    /**
     * What is wrong with the token verification settings for production: empty when they are fine.
     *
     * @param inlineKey   {@code mp.jwt.verify.publickey}, or null
     * @param keyLocation {@code mp.jwt.verify.publickey.location}, or null
     * @param read        reads a key location's text; null when it cannot be read here (a JWKS URL, say)
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
        if (isDevKey(inlineKey) || (!isBlank(keyLocation) && isDevKey(read.apply(keyLocation.strip())))) {
            problems.add("the verification key is the committed dev key (dev-keys/public.pem)");
        }
        return problems;
    }

    /** Whether the PEM text holds the dev public key. */
    static boolean isDevKey(String pem) {
        if (isBlank(pem) || !pem.contains("-----BEGIN PUBLIC KEY-----")) {
            return false;
        }
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.of().formatHex(hash).equals(PUBLIC_KEY_SHA256);
        } catch (IllegalArgumentException e) {
            return false;
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
