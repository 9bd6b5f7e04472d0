package dev.gatehouse.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a browser's {@code Origin} names the very host and port a request was sent to (its
 * {@code Host} header), default ports filled in by scheme. The one comparison behind the
 * {@code /mcp} origin policy and the console's same-origin check.
 */
public final class Origins {
    private Origins() {
    }

    /**
     * @param origin an {@code Origin} header value ({@code http(s)://host[:port]}); anything else,
     *               the opaque {@code null} included, is not the same
     * @param host   the request's {@code Host} header, or {@code null}
     */
    public static boolean sameAuthority(String origin, String host) {
        if (host == null) {
            return false;
        }
        return parse(origin).map(uri -> {
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
            return authority(host, scheme).equals(uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        }).orElse(false);
    }

    /**
     * An {@code Origin} header value as a URI, when it is one a browser sends for a web page:
     * {@code http} or {@code https} with a host. The opaque {@code null}, other schemes and
     * malformed values are empty.
     */
    public static Optional<URI> parse(String origin) {
        if (origin == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(origin.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        return web ? Optional.of(uri) : Optional.empty();
    }

    private static String authority(String host, String scheme) {
        String lower = host.trim().toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        boolean hasPort = colon > lower.lastIndexOf(']');
        return hasPort ? lower : lower + ":" + defaultPort(scheme);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
