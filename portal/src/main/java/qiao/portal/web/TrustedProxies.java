package qiao.portal.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} Qiao believes (QIAO_TRUSTED_PROXIES: addresses
 * and CIDR ranges, separated by commas). Behind them, the client is the nearest address in the
 * header that is not one of them: that entry was written by a trusted proxy, while everything to
 * its left came from the client and proves nothing. A request from anyone else is its own address,
 * whatever headers it sends, so rotating the header evades nothing.
 */
final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** One address or range. */
    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses the setting; an entry that is not an address or range is an error, so a typo cannot go unnoticed. */
    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String spec = entry.strip();
            if (spec.isEmpty()) {
                continue;
            }
            String[] parts = spec.split("/", 2);
            byte[] network = literal(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("QIAO_TRUSTED_PROXIES: not an IP address or CIDR range: " + spec));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("QIAO_TRUSTED_PROXIES: bad prefix length in " + spec);
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** The client's address: the peer's, or behind trusted proxies the nearest untrusted forwarded one. */
    public String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(withoutPort(hop.strip()));
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) {
                return peer;
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.getFirst();
    }

    /** Whether any proxy is trusted at all. */
    public boolean any() {
        return !ranges.isEmpty();
    }

    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    /** The bytes of an IP literal; never a name lookup (a forwarded header could name any host). */
    private static Optional<byte[]> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || text.indexOf(':') >= 0 && text.matches("[0-9A-Fa-f:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
