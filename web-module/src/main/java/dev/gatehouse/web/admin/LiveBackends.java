package dev.gatehouse.web.admin;

import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.Catalog;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Joins a registered backend with its live link from the connector's {@link BackendDirectory}
 * into the API's views. Works (reporting PENDING) when no directory is deployed.
 */
@ApplicationScoped
public class LiveBackends {
    @Inject
    Instance<BackendDirectory> directory;

    Optional<BackendLink> link(String name) {
        return directory.isResolvable() ? directory.get().find(name) : Optional.empty();
    }

    BackendStatusDetails status(BackendSpec spec) {
        return link(spec.name()).map(l -> BackendStatusDetails.of(l.status()))
                .orElseGet(() -> BackendStatusDetails.unknown(spec.enabled()));
    }

    Catalog catalog(String name) {
        return link(name).map(BackendLink::catalog).orElse(Catalog.EMPTY);
    }

    BackendSummary summary(BackendSpec spec) {
        BackendStatusDetails status = status(spec);
        Catalog catalog = catalog(spec.name());
        return new BackendSummary(spec.name(), spec.transport().kind(), spec.enabled(), spec.credential(),
                status.state(), status.lastError(), catalog.tools().size(), catalog.resources().size(),
                catalog.resourceTemplates().size(), catalog.prompts().size());
    }

    BackendDetails details(BackendSpec spec) {
        Catalog catalog = catalog(spec.name());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CatalogKind kind : CatalogKind.values()) {
            counts.put(kind.resultField(), catalog.entries(kind).size());
        }
        return switch (spec.transport()) {
            case HttpTransportSpec http -> new BackendDetails(spec.name(), http.kind(), http.url().toString(), null,
                    null, null, spec.credential(), spec.enabled(), spec.version(), status(spec), counts);
            case StdioTransportSpec stdio -> new BackendDetails(spec.name(), stdio.kind(), null, stdio.command(),
                    stdio.args(), stdio.env(), spec.credential(), spec.enabled(), spec.version(), status(spec), counts);
        };
    }
}
