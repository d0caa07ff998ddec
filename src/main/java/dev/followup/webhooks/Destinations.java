package dev.followup.webhooks;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where the service may send webhooks (SSRF): an absolute https URL (http too where the policy allows,
 * on laptops and in tests) whose host resolves only to public addresses. Loopback, private, link-local
 * (cloud metadata at 169.254.169.254 among them), carrier-grade NAT, unique-local, multicast and
 * unspecified addresses are refused; loopback may be allowed for local receivers. Checked when a
 * subscription is made and again before every delivery, since a name may resolve elsewhere later.
 */
final class Destinations {

    /** What is allowed besides public https. */
    record Policy(boolean allowHttp, boolean allowLoopback) {
    }

    /** Resolves a host name to its addresses (DNS in production, a table in tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final int MAX_URL_LENGTH = 2000;

    private Destinations() {
    }

    /** Why this URL may not receive webhooks, or {@code null} when it may. */
    static String refusal(String url, Policy policy, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return "must be an absolute URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            return "must be an absolute URL with a host";
        }
        if (!scheme.equals("https") && !(policy.allowHttp() && scheme.equals("http"))) {
            return policy.allowHttp() ? "must be an http or https URL" : "must be an https URL";
        }
        if (uri.getUserInfo() != null) {
            return "must not carry a user name or password";
        }
        if (uri.getFragment() != null) {
            return "must not have a fragment";
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return "names a host that does not resolve";
        }
        if (addresses.length == 0) {
            return "names a host that does not resolve";
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() && policy.allowLoopback()) {
                continue;
            }
            if (!isPublic(address)) {
                return "must reach a public address: " + uri.getHost() + " resolves to a loopback, private, "
                        + "link-local or otherwise reserved one";
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        // IPv6 (an IPv4-mapped ::ffff:a.b.c.d is already an Inet4Address: Java reads it as the IPv4 address).
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
            return false;
        }
        if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublic(ipv4(b, 12)); // NAT64 64:ff9b::/32 carries the IPv4 address it reaches
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002::/16 carries an IPv4 address
            return isPublic(ipv4(b, 2));
        }
        return !(first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0); // Teredo 2001::/32 tunnels elsewhere
    }

    private static InetAddress ipv4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
