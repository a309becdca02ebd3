package id.pendopo.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses webhooks may reach: the public internet, never the platform's own network. */
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.1", "127.0.0.1", "127.8.8.8", "100.64.0.1", "100.127.255.254",
            "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.168.1.1", "192.0.0.8", "192.0.2.1", "198.18.0.1",
            "198.19.255.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.1.1.1", "240.0.0.1", "255.255.255.255",
            "::", "::1", "fe80::1", "fec0::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1", "::ffff:10.0.0.1",
            "::ffff:127.0.0.1", "::10.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b::c0a8:0101", "00ff::1"})
    void addressesOfPrivateLoopbackLinkLocalSharedOrReservedRangesAreNotPublic(String address) throws Exception {
        assertThat(WebhookTargets.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.1", "100.63.255.255", "100.128.0.1",
            "172.15.255.255", "172.32.0.1", "192.167.1.1", "192.169.0.1", "198.17.0.1", "198.20.0.1", "203.0.114.1",
            "223.255.255.254", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void ordinaryInternetAddressesArePublic(String address) throws Exception {
        assertThat(WebhookTargets.isPublic(InetAddress.getByName(address))).isTrue();
    }

    private static WebhookTargets.Resolver dns(Map<String, String[]> names) {
        return host -> {
            String[] addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] result = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                result[i] = InetAddress.getByName(addresses[i]);
            }
            return result;
        };
    }

    @Test
    void aHostIsAcceptedOnlyWhenEveryAddressItResolvesToIsPublic() {
        var targets = new WebhookTargets(dns(Map.of(
                "connector.example", new String[] {"93.184.216.34", "2606:2800:220:1::1"},
                "split.example", new String[] {"93.184.216.34", "10.1.1.1"},
                "localhost", new String[] {"127.0.0.1"},
                "10.9.9.9", new String[] {"10.9.9.9"},
                "fd00::5", new String[] {"fd00::5"})), false);

        assertThat(targets.refusal("https://connector.example/hook")).isEmpty();
        assertThat(targets.refusal("https://split.example/hook")).hasValueSatisfying(why -> assertThat(why)
                .contains("split.example", "10.1.1.1", "not a public internet address"));
        assertThat(targets.refusal("https://localhost:8443/hook")).isPresent();
        assertThat(targets.refusal("https://10.9.9.9/hook")).isPresent();
        assertThat(targets.refusal("https://[fd00::5]/hook")).as("brackets of an IPv6 literal are removed")
                .hasValueSatisfying(why -> assertThat(why).contains("fd00"));
        assertThat(targets.refusal("https://unknown.example/hook")).hasValueSatisfying(why -> assertThat(why)
                .contains("cannot be resolved"));
        assertThat(targets.refusal("https:///no-host")).hasValue("has no host");
        assertThat(targets.refusal("https://bad host/")).hasValue("is not a valid URL");
    }

    @Test
    void loopbackIsAllowedOnlyWhereLocalHttpIsAllowedAndOtherPrivateAddressesNeverAre() {
        var names = dns(Map.of("localhost", new String[] {"127.0.0.1", "::1"}, "10.0.0.2", new String[] {"10.0.0.2"}));

        assertThat(new WebhookTargets(names, true).refusal("http://localhost:9000/hook")).isEmpty();
        assertThat(new WebhookTargets(names, false).refusal("http://localhost:9000/hook")).isPresent();
        assertThat(new WebhookTargets(names, true).refusal("https://10.0.0.2/hook")).isPresent();
    }
}
