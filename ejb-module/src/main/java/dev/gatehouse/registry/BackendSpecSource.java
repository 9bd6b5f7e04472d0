package dev.gatehouse.registry;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the registered backends, for the connector. The registry's service
 * implements it (as an EJB local business view, so {@code @Inject BackendSpecSource} works).
 */
public interface BackendSpecSource {
    /** Every registered backend, in name order. */
    List<BackendSpec> specs();

    Optional<BackendSpec> spec(String name);
}
