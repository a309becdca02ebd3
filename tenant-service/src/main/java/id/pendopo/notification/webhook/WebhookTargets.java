package id.pendopo.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may be sent: hosts whose every address is on the public internet. A regency's API client names the
 * URL, and the platform's servers make the request, so without this check a client could make them post to the
 * platform's own network (the database, Keycloak's admin port, a cloud metadata service at 169.254.169.254).
 *
 * <p>The host is resolved when a webhook is registered, so a bad URL is refused at once, and again before every
 * delivery, because DNS can change in between. A name that resolves to a public address when checked and to a
 * private one a moment later, when the HTTP client resolves it again, is not caught; closing that gap needs an
 * egress proxy or firewall in front of the platform (docs/operations.md).
 *
 * <p>With {@code pendopo.webhooks.allow-local-http} (development and tests) loopback addresses are allowed too, and
 * plain {@code http://} to localhost ({@link #allowsLocalHttp}). Registration ({@link Webhooks}) and delivery
 * ({@link WebhookSender}) share this one bean, so both follow the same setting.
 */
@ApplicationScoped
public class WebhookTargets {

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = InetAddress::getAllByName;

    @Inject
    @ConfigProperty(name = "pendopo.webhooks.allow-local-http", defaultValue = "false")
    boolean allowLoopback;

    private Resolver resolver = DNS;

    public WebhookTargets() {
    }

    /** For tests and tools outside a container: host names are looked up with {@code resolver}. */
    public WebhookTargets(Resolver resolver, boolean allowLocalHttp) {
        this.resolver = resolver;
        this.allowLoopback = allowLocalHttp;
    }

    /** Whether {@code pendopo.webhooks.allow-local-http} is on: local development and tests only. */
    public boolean allowsLocalHttp() {
        return allowLoopback;
    }

    /** Empty when {@code url}'s host may receive webhooks now; otherwise why not, for the caller or the log. */
    public Optional<String> refusal(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        if (host == null || host.isBlank()) {
            return Optional.of("has no host");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            return Optional.of("host " + host + " cannot be resolved");
        }
        for (InetAddress a : addresses) {
            if (!(isPublic(a) || allowLoopback && a.isLoopbackAddress())) {
                return Optional.of("host " + host + " resolves to " + a.getHostAddress()
                        + ", which is not a public internet address");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code a} is a public unicast address: not private, loopback, link-local, shared, reserved... */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // ::ffff:a.b.c.d
            }
            if (isZero(b, 0, 12)) {
                return false; // ::a.b.c.d, deprecated IPv4-compatible, and ::
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && isZero(b, 4, 12)) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96 NAT64
            }
            return first != 0x00; // the rest of ::/8 is reserved
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int o1 = b[0] & 0xff;
        int o2 = b[1] & 0xff;
        int o3 = b[2] & 0xff;
        return !(o1 == 0 // this network
                || o1 == 10 || o1 == 127 // private, loopback
                || o1 == 100 && o2 >= 64 && o2 <= 127 // shared (carrier-grade NAT)
                || o1 == 169 && o2 == 254 // link-local, cloud metadata
                || o1 == 172 && o2 >= 16 && o2 <= 31 || o1 == 192 && o2 == 168 // private
                || o1 == 192 && o2 == 0 && (o3 == 0 || o3 == 2) // IETF protocol assignments, TEST-NET-1
                || o1 == 198 && (o2 == 18 || o2 == 19) // benchmarking
                || o1 == 198 && o2 == 51 && o3 == 100 || o1 == 203 && o2 == 0 && o3 == 113 // TEST-NET-2, -3
                || o1 >= 224); // multicast, reserved, broadcast
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
