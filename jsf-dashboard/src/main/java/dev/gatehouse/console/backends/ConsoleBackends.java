package dev.gatehouse.console.backends;

import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The backend pages' view of the registry and the connector: registered backends joined with
 * their live links. Works (everything pending) when no connector is deployed.
 */
@ApplicationScoped
public class ConsoleBackends {
    @Inject
    BackendRegistry registry;

    @Inject
    Instance<BackendDirectory> directory;

    /** Every backend, in name order. */
    public List<BackendRow> rows() {
        Instant now = Instant.now();
        return registry.specs().stream().map(spec -> BackendRow.of(spec, link(spec.name()), now)).toList();
    }

    public Optional<BackendSpec> spec(String name) {
        return name == null ? Optional.empty() : registry.spec(name);
    }

    public BackendRow row(BackendSpec spec) {
        return BackendRow.of(spec, link(spec.name()), Instant.now());
    }

    /** The live link of a backend, if the connector has one. */
    public Optional<BackendLink> link(String name) {
        return directory.isResolvable() ? directory.get().find(name) : Optional.empty();
    }
}
