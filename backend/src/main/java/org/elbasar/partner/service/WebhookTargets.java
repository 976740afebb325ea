package org.elbasar.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elbasar.common.api.ApiException;

/**
 * Where webhooks may be sent: never to the platform's own network (loopback, private, link-local,
 * unique-local, CGNAT, multicast, unspecified or reserved addresses, however they are written), unless
 * the host is named in {@code elbasar.partner.webhooks.allowed-internal-hosts} (an on-premises partner).
 * A name is checked on every address it resolves to, at subscription and again at each delivery, and the
 * delivery connects to the address checked, so that re-pointing the name in between reaches nothing.
 */
@ApplicationScoped
public class WebhookTargets {

    /** A host that ends in a number is an IPv4 address; only its plain dotted form is taken, not 2130706433, 0x7f.1 or 0177.0.0.1. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    /** Why an address is not sent to; the message goes to the delivery log. */
    public static class Refused extends Exception {

        Refused(String message) {
            super(message);
        }
    }

    private final HostResolver resolver;
    private final boolean requireHttps;
    private final Set<String> allowedInternalHosts;

    public WebhookTargets(HostResolver resolver,
            @ConfigProperty(name = "elbasar.partner.webhooks.require-https", defaultValue = "true") boolean requireHttps,
            @ConfigProperty(name = "elbasar.partner.webhooks.allowed-internal-hosts") Optional<List<String>> allowedInternalHosts) {
        this.resolver = resolver;
        this.requireHttps = requireHttps;
        this.allowedInternalHosts = allowedInternalHosts.orElse(List.of()).stream().map(WebhookTargets::normalised)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The address as it is kept, or a 400 on {@code url}. A name that does not resolve yet is taken: each
     * delivery checks it again, and fails (and is retried) until it resolves to an address that may be reached.
     */
    public String checked(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url", "validation.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (!requireHttps && scheme.equals("http"));
        if (!allowed || uri.getHost() == null || uri.getUserInfo() != null) {
            throw ApiException.invalid("url", requireHttps ? "validation.webhook-https" : "validation.url");
        }
        try {
            address(uri);
        } catch (UnknownHostException e) {
            // not resolvable now: checked at delivery
        } catch (Refused e) {
            throw ApiException.invalid("url", "validation.webhook-internal");
        }
        return uri.toString();
    }

    /** The address to connect to for this URL, checked now: the first one, once every address of the name passed. */
    public InetAddress address(URI uri) throws UnknownHostException, Refused {
        String host = normalised(uri.getHost());
        List<InetAddress> addresses = literal(host).map(List::of).orElse(null);
        if (addresses == null) {
            addresses = resolver.resolve(host);
        }
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        if (!allowedInternalHosts.contains(host)) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new Refused(host + " leads to an internal address (" + address.getHostAddress() + ")");
                }
            }
        }
        // without its name, so that nothing resolves it again
        return InetAddress.getByAddress(addresses.get(0).getAddress());
    }

    /** An IP literal ([v6] or a plain dotted IPv4), parsed without asking any resolver; refused in any other numeric form. */
    private static Optional<InetAddress> literal(String host) throws UnknownHostException, Refused {
        if (host.contains(":")) {
            return Optional.of(InetAddress.getByName(host));
        }
        String lastLabel = host.substring(host.lastIndexOf('.') + 1);
        if (!NUMERIC_LAST_LABEL.matcher(lastLabel).matches()) {
            return Optional.empty();
        }
        if (!DOTTED_QUAD.matcher(host).matches()) {
            throw new Refused(host + " is not a plain dotted IPv4 address");
        }
        return Optional.of(InetAddress.getByName(host));
    }

    /** Lower case, without IPv6 brackets or a final dot, as hosts are compared. */
    private static String normalised(String host) {
        String plain = host.trim().toLowerCase(Locale.ROOT);
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        return plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
    }

    /** True for any address that is not a public unicast one. */
    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<Inet4Address> embedded = embeddedIpv4(bytes);
            if (embedded.isPresent()) {
                return isInternal(embedded.get());
            }
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress()
                    || (bytes[0] & 0xfe) == 0xfc; // unique local, fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 10 || first == 127 || first >= 224 // this network, private, loopback, multicast, reserved, broadcast
                || (first == 100 && (second & 0xc0) == 64) // shared (CGNAT), 100.64/10
                || (first == 169 && second == 254) // link-local, cloud metadata
                || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168) // private
                || (first == 192 && second == 0 && bytes[2] == 0) // IETF protocol assignments
                || (first == 198 && (second & 0xfe) == 18); // benchmarking
    }

    /** The IPv4 address an IPv6 one carries: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16). */
    private static Optional<Inet4Address> embeddedIpv4(byte[] bytes) {
        byte[] ipv4;
        boolean zeroPrefix = Arrays.equals(Arrays.copyOfRange(bytes, 0, 10), new byte[10]);
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b
                && Arrays.equals(Arrays.copyOfRange(bytes, 4, 12), new byte[8]);
        if ((zeroPrefix && (bytes[10] & bytes[11] & 0xff) == 0xff) || (zeroPrefix && bytes[10] == 0 && bytes[11] == 0) || nat64) {
            ipv4 = Arrays.copyOfRange(bytes, 12, 16);
        } else if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            ipv4 = Arrays.copyOfRange(bytes, 2, 6);
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(ipv4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
