package dev.gatehouse.config;

import dev.gatehouse.registry.BackendSpec;
import java.util.List;

/**
 * A parsed, interpolated and validated declarative file. One component per section; later
 * issues add {@code agents} and {@code policies}.
 *
 * @param credentials the {@code credentials:} section, in file order
 * @param backends    the {@code backends:} section, in file order (versions are 0)
 * @param agents      the {@code agents:} section, in file order (versions are 0)
 */
public record ConfigDocument(List<NamedCredential> credentials, List<BackendSpec> backends,
                             List<DeclaredAgent> agents) {
    public static final ConfigDocument EMPTY = new ConfigDocument(List.of(), List.of(), List.of());

    public ConfigDocument {
        credentials = List.copyOf(credentials);
        backends = List.copyOf(backends);
        agents = List.copyOf(agents);
    }

    /** A document without agents. */
    public ConfigDocument(List<NamedCredential> credentials, List<BackendSpec> backends) {
        this(credentials, backends, List.of());
    }
}
