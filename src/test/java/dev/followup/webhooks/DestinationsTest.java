package dev.followup.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where production sends webhooks (SSRF), with names resolved from a table instead of DNS. */
class DestinationsTest {

    private static final Destinations.Policy PRODUCTION = new Destinations.Policy(false, false);
    private static final Destinations.Policy LAPTOP = new Destinations.Policy(true, true);
    private static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34",
            "rebound.example.com", "10.1.2.3", "v6.example.com", "2606:2800:220:1:248:1893:25c8:1946",
            "localhost", "127.0.0.1", "mixed.example.com", "93.184.216.34");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("empty.example.com")) {
            return new InetAddress[0];
        }
        if (host.equals("mixed.example.com")) {
            return new InetAddress[]{InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.0.9")};
        }
        String address = DNS.get(host);
        if (address == null) {
            if (host.startsWith("[") || Character.isDigit(host.charAt(0))) {
                return new InetAddress[]{InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address)};
    }

    private static String refusal(String url, Destinations.Policy policy) {
        return Destinations.refusal(url, policy, DestinationsTest::resolve);
    }

    @Test
    void publicHttpsIsAccepted() {
        assertThat(refusal("https://hooks.example.com/in", PRODUCTION)).isNull();
        assertThat(refusal("https://v6.example.com:8443/in?x=1", PRODUCTION)).isNull();
        assertThat(refusal("https://93.184.216.34/in", PRODUCTION)).isNull();
    }

    @Test
    void productionRefusesPlainHttpAndLoopback() {
        assertThat(refusal("http://hooks.example.com/in", PRODUCTION)).isEqualTo("must be an https URL");
        assertThat(refusal("https://localhost/in", PRODUCTION)).contains("public address");
        assertThat(refusal("https://127.0.0.1/in", PRODUCTION)).contains("public address");
        assertThat(refusal("https://[::1]/in", PRODUCTION)).contains("public address");
    }

    @Test
    void laptopsMayUseLocalReceiversButNeverPrivateOnes() {
        assertThat(refusal("http://localhost:9000/in", LAPTOP)).isNull();
        assertThat(refusal("http://10.0.0.1/in", LAPTOP)).contains("public address");
        assertThat(refusal("gopher://localhost/in", LAPTOP)).isEqualTo("must be an http or https URL");
    }

    @Test
    void privateLinkLocalMetadataAndReservedAddressesAreRefused() {
        for (String host : List.of("10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255",
                "192.0.0.8", "198.18.0.1", "[fd00::1]", "[fe80::1]", "[::]", "[::ffff:10.0.0.1]",
                "[::ffff:169.254.169.254]", "[ff02::1]", "[64:ff9b::a9fe:a9fe]", "[64:ff9b::a00:1]",
                "[2002:a00:1::1]", "[2002:a9fe:a9fe::]", "[2001:0:4136:e378:8000:63bf:3fff:fdd2]", "0.1.2.3",
                "100.64.0.0", "100.127.255.255", "198.19.0.1", "[64:ff9b:1::a00:1]", "[fc00::1]")) {
            assertThat(refusal("https://" + host + "/in", PRODUCTION)).as(host).contains("public address");
        }
        assertThat(refusal("https://100.63.255.255/in", PRODUCTION)).isNull(); // just below carrier-grade NAT
        assertThat(refusal("https://100.128.0.1/in", PRODUCTION)).isNull();
        assertThat(refusal("https://100.1.0.1/in", PRODUCTION)).isNull();
        assertThat(refusal("https://198.20.0.1/in", PRODUCTION)).isNull();
        assertThat(refusal("https://192.0.1.1/in", PRODUCTION)).isNull();
        assertThat(refusal("https://192.1.0.1/in", PRODUCTION)).isNull();
        assertThat(refusal("https://239.255.255.255/in", PRODUCTION)).contains("public address");
        assertThat(refusal("https://[2001:db9::1]/in", PRODUCTION)).isNull();
        assertThat(refusal("https://[2001:1::1]/in", PRODUCTION)).isNull();
        assertThat(refusal("https://[2003::1]/in", PRODUCTION)).isNull();
        assertThat(refusal("https://[fe00::1]/in", PRODUCTION)).isNull(); // not link-local (fe80::/10)
        assertThat(refusal("https://[65:ff9b::a00:1]/in", PRODUCTION)).isNull();
        assertThat(refusal("https://[::ffff:93.184.216.34]/in", PRODUCTION)).isNull();
        assertThat(refusal("https://[64:ff9b::5db8:d822]/in", PRODUCTION)).isNull(); // NAT64 of 93.184.216.34
        assertThat(refusal("https://[2002:5db8:d822::1]/in", PRODUCTION)).isNull(); // 6to4 of the same
    }

    @Test
    void aNameThatResolvesInsideIsRefusedEvenIfOneOfItsAddressesIsPublic() {
        assertThat(refusal("https://rebound.example.com/in", PRODUCTION)).contains("rebound.example.com");
        assertThat(refusal("https://mixed.example.com/in", PRODUCTION)).contains("public address");
    }

    @Test
    void malformedAndUnresolvableUrlsAreRefused() {
        assertThat(refusal("not a url", PRODUCTION)).isEqualTo("must be an absolute URL");
        assertThat(refusal("/relative", PRODUCTION)).isEqualTo("must be an absolute URL with a host");
        assertThat(refusal("mailto:someone@example.com", PRODUCTION)).isEqualTo("must be an absolute URL with a host");
        assertThat(refusal("https://user:pw@hooks.example.com/in", PRODUCTION)).contains("user name");
        assertThat(refusal("https://hooks.example.com/in#part", PRODUCTION)).contains("fragment");
        assertThat(refusal("https://nowhere.example.com/in", PRODUCTION)).contains("does not resolve");
        assertThat(refusal("https://empty.example.com/in", PRODUCTION)).contains("does not resolve");
    }
}
