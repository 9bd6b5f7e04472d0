package dev.gatehouse.connector;

import dev.gatehouse.connector.transport.TransportFactory;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.BackendSpecSource;
import dev.gatehouse.vault.CredentialLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * All backends of this node, kept in line with the registry: {@link #startAll()} adopts every
 * registered spec, {@link #reconcile(String)} follows one change (new, changed version,
 * deleted), {@link #shutdown()} stops them all. The container-free heart of
 * {@code BackendSupervisor}.
 */
public final class BackendFleet implements BackendDirectory {
    private static final Logger LOG = Logger.getLogger(BackendFleet.class.getName());

    private final BackendSpecSource specs;
    private final Connections connections;
    private final Map<String, SupervisedBackend> backends = new ConcurrentSkipListMap<>();
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();

    public BackendFleet(BackendSpecSource specs, CredentialLookup credentials, ConnectorSettings settings,
                        ScheduledExecutorService scheduler, ThreadFactory threads) {
        this.specs = specs;
        TransportFactory transports = new TransportFactory(settings.connectTimeout(), settings.requestTimeout(),
                settings.stdioGrace(), threads);
        this.connections = new Connections(credentials, transports, settings, scheduler, threads, new CatalogListener() {
            @Override
            public void catalogChanged(String backend, Set<CatalogKind> kinds) {
                announce(backend, kinds);
            }

            @Override
            public void resourceUpdated(String backend, String uri) {
                announceUpdate(backend, uri);
            }
        });
    }

    /** Starts connecting every registered backend in the background; returns at once. */
    public void startAll() {
        specs.specs().forEach(this::adopt);
    }

    /** Brings the named backend in line with its registered spec. */
    public synchronized void reconcile(String name) {
        Optional<BackendSpec> spec = specs.spec(name);
        SupervisedBackend existing = backends.get(name);
        if (spec.isEmpty()) {
            if (existing != null) {
                LOG.log(Level.INFO, "Backend {0} was removed; disconnecting", name);
                backends.remove(name);
                existing.stop();
                announce(name, Set.of(CatalogKind.values()));
            }
        } else if (existing == null) {
            adopt(spec.get());
        } else if (!existing.spec().equals(spec.get())) {
            // compare whole specs: a backend deleted and registered again starts over at version 1
            LOG.log(Level.INFO, "Backend {0} changed (version {1}); reconnecting", new Object[] {name, spec.get().version()});
            existing.apply(spec.get());
        }
    }

    private synchronized void adopt(BackendSpec spec) {
        if (backends.containsKey(spec.name())) {
            return;
        }
        SupervisedBackend backend = new SupervisedBackend(spec, connections);
        backends.put(spec.name(), backend);
        backend.start();
    }

    /** Stops every backend (in parallel: stdio shutdowns wait) and releases shared resources. */
    public void shutdown() {
        List<Thread> stopping = new ArrayList<>();
        for (SupervisedBackend backend : backends.values()) {
            Thread t = connections.threads().newThread(backend::stop);
            t.start();
            stopping.add(t);
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        backends.clear();
        connections.transports().close();
    }

    @Override
    public List<BackendLink> links() {
        return List.copyOf(backends.values());
    }

    @Override
    public Optional<BackendLink> find(String name) {
        return Optional.ofNullable(backends.get(name));
    }

    @Override
    public void addCatalogListener(CatalogListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeCatalogListener(CatalogListener listener) {
        listeners.remove(listener);
    }

    private void announceUpdate(String backend, String uri) {
        for (CatalogListener listener : listeners) {
            try {
                listener.resourceUpdated(backend, uri);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A resource update listener failed for backend " + backend, e);
            }
        }
    }

    private void announce(String backend, Set<CatalogKind> kinds) {
        for (CatalogListener listener : listeners) {
            try {
                listener.catalogChanged(backend, kinds);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A catalog listener failed for backend " + backend, e);
            }
        }
    }
}
