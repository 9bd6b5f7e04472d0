package dev.gatehouse.config;

import dev.gatehouse.registry.BackendSpec;
import java.util.List;

/**
 * A parsed, interpolated and validated declarative file. One component per section.
 *
 * @param credentials the {@code credentials:} section, in file order
 * @param backends    the {@code backends:} section, in file order (versions are 0)
 * @param agents      the {@code agents:} section, in file order (versions are 0)
 * @param policies    the {@code policies:} section, in file order
 */
public record ConfigDocument(List<NamedCredential> credentials, List<BackendSpec> backends,
                             List<DeclaredAgent> agents, List<DeclaredPolicy> policies) {
    public static final ConfigDocument EMPTY = new ConfigDocument(List.of(), List.of(), List.of(), List.of());

    public ConfigDocument {
        credentials = List.copyOf(credentials);
        backends = List.copyOf(backends);
        agents = List.copyOf(agents);
        policies = List.copyOf(policies);
    }

    /** A document without agents and policies. */
    public ConfigDocument(List<NamedCredential> credentials, List<BackendSpec> backends) {
        this(credentials, backends, List.of(), List.of());
    }

    /** A document without policies. */
    public ConfigDocument(List<NamedCredential> credentials, List<BackendSpec> backends, List<DeclaredAgent> agents) {
        this(credentials, backends, agents, List.of());
    }
}
