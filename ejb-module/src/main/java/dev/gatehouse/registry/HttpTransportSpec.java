package dev.gatehouse.registry;

import java.net.URI;
import java.util.Objects;

/**
 * A backend reached over HTTP: Streamable HTTP at {@code url}, falling back to the legacy
 * HTTP+SSE transport when the server does not speak Streamable HTTP.
 *
 * @param url an absolute http or https URL
 */
public record HttpTransportSpec(URI url) implements TransportSpec {
    public HttpTransportSpec {
        Objects.requireNonNull(url, "url is required");
        String scheme = url.getScheme();
        if (!url.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                || url.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http or https URL");
        }
    }

    @Override
    public String kind() {
        return "http";
    }
}
