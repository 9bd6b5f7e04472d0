package dev.gatehouse.web.mcp;

import dev.gatehouse.platform.Origins;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a browser origin may talk to {@code /mcp} (DNS-rebinding protection, as the
 * transport specification requires). Allowed: no {@code Origin} header (not a browser), the
 * request's own host, loopback ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) on any
 * port over http or https, and the configured list. Everything else, including the opaque
 * origin {@code null}, is refused.
 */
public final class OriginPolicy {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final List<String> configured;

    public OriginPolicy(List<String> configured) {
        this.configured = configured.stream().map(McpHttpSettings::normalise).toList();
    }

    /**
     * @param origin the {@code Origin} header, or {@code null}
     * @param host   the request's {@code Host} header, or {@code null}
     */
    public boolean allows(String origin, String host) {
        if (origin == null) {
            return true;
        }
        Optional<URI> uri = Origins.parse(origin);
        if (uri.isEmpty()) {
            return false;
        }
        String originHost = uri.get().getHost().toLowerCase(Locale.ROOT);
        if (LOOPBACK.contains(originHost)) {
            return true;
        }
        if (configured.contains(McpHttpSettings.normalise(origin.trim()))) {
            return true;
        }
        return Origins.sameAuthority(origin, host);
    }
}
