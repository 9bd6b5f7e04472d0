package dev.gatehouse.gateway.catalog;

import dev.gatehouse.connector.BackendLink;
import java.util.Objects;

/**
 * Where an exposed name or URI leads: the owning backend and the name (or URI) as that
 * backend knows it.
 *
 * @param link     the owning backend
 * @param original the tool or prompt name, resource URI or URI template in the backend's terms
 */
public record Route(BackendLink link, String original) {
    public Route {
        Objects.requireNonNull(link, "link is required");
        Objects.requireNonNull(original, "original name is required");
    }

    public String backend() {
        return link.name();
    }
}
