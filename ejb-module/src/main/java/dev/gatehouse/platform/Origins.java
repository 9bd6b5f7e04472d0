package dev.gatehouse.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

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
        if (origin == null || host == null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(origin.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return false;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
        return authority(host, scheme).equals(uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
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
