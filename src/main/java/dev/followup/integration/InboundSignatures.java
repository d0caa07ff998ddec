package dev.followup.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How each vendor signs its webhooks (docs/ats-webhook-formats.md), checked over exactly what was received,
 * in constant time. Every check answers false rather than throwing for a missing or malformed signature:
 * the receiver answers 401 and stores nothing.
 */
public final class InboundSignatures {

    private InboundSignatures() {
    }

    /** Merge: {@code X-Merge-Webhook-Signature} is the base64url HMAC-SHA256 of the body (padding or not). */
    public static boolean merge(String key, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = Base64.getUrlDecoder().decode(header.strip().replace("=", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(key, body), claimed);
    }

    /** Greenhouse: {@code Signature: sha256 <hex>}, the HMAC-SHA256 of the body. */
    public static boolean greenhouse(String key, byte[] body, String header) {
        return hexAfter("sha256 ", header, hmac(key, body));
    }

    /** Ashby: {@code Ashby-Signature: sha256=<hex>}, the HMAC-SHA256 of the body. */
    public static boolean ashby(String key, byte[] body, String header) {
        return hexAfter("sha256=", header, hmac(key, body));
    }

    /**
     * Lever: the body's {@code signature} is the hex HMAC-SHA256 of its {@code token} followed by its
     * {@code triggeredAt} (decimal milliseconds). Lever signs no more than that: the rest of the body is
     * trusted for its HTTPS, and a token seen before is a replay.
     */
    public static boolean lever(String key, String token, String triggeredAt, String signature) {
        if (token == null || triggeredAt == null || signature == null) {
            return false;
        }
        return hexAfter("", signature, hmac(key, (token + triggeredAt).getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean hexAfter(String prefix, String value, byte[] expected) {
        if (value == null || !value.startsWith(prefix)) {
            return false;
        }
        String hex = value.substring(prefix.length()).strip();
        if (hex.length() != expected.length * 2) {
            return false;
        }
        try {
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] hmac(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
