package dev.gatehouse.gateway;

import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.connector.CatalogListener;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A directory of {@link FakeBackend}s that tells its listeners when a test says so. */
public final class FakeBackendDirectory implements BackendDirectory {
    private final List<FakeBackend> backends = new CopyOnWriteArrayList<>();
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();

    public FakeBackendDirectory(FakeBackend... initial) {
        backends.addAll(List.of(initial));
    }

    public void add(FakeBackend backend) {
        backends.add(backend);
    }

    /** Fires a catalog change as the connector would. */
    public void changed(String backend, Set<CatalogKind> kinds) {
        listeners.forEach(listener -> listener.catalogChanged(backend, kinds));
    }

    @Override
    public List<BackendLink> links() {
        return backends.stream().sorted(Comparator.comparing(FakeBackend::name)).map(BackendLink.class::cast).toList();
    }

    @Override
    public Optional<BackendLink> find(String name) {
        return backends.stream().filter(b -> b.name().equals(name)).map(BackendLink.class::cast).findFirst();
    }

    @Override
    public void addCatalogListener(CatalogListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeCatalogListener(CatalogListener listener) {
        listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }
}
