package dev.gatehouse.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.session.BackendFailures;
import dev.gatehouse.connector.session.ClientSession;
import dev.gatehouse.connector.session.Negotiated;
import dev.gatehouse.connector.session.SessionListener;
import dev.gatehouse.connector.transport.SecretRedactor;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.vault.CredentialMaterial;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One backend under supervision: connects in the background, keeps its status, and after a
 * failure (could not connect, process exited, stream broke) reconnects with exponential
 * backoff. While it is not ready its catalog is empty and calls fail fast with
 * {@code BACKEND_UNAVAILABLE}.
 *
 * <p>Each connection attempt has a generation number; callbacks from an older generation
 * (a session closed because the spec changed, say) are ignored.
 */
final class SupervisedBackend implements BackendLink {
    private static final Logger LOG = Logger.getLogger(SupervisedBackend.class.getName());
    private static final Set<CatalogKind> ALL = EnumSet.allOf(CatalogKind.class);

    private final String name;
    private final Connections connections;
    private final Backoff backoff;
    private BackendSpec spec;
    private long generation;
    private ScheduledFuture<?> retry;
    private Instant readySince;
    private volatile String transportKind;
    private volatile BackendStatus status = BackendStatus.of(BackendState.CONNECTING);
    private volatile ClientSession session;

    SupervisedBackend(BackendSpec spec, Connections connections) {
        this.name = spec.name();
        this.spec = spec;
        this.transportKind = spec.transport().kind();
        this.connections = connections;
        this.backoff = new Backoff(connections.settings().backoffInitial(), connections.settings().backoffMax());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String transport() {
        return transportKind;
    }

    @Override
    public BackendStatus status() {
        return status;
    }

    @Override
    public Catalog catalog() {
        ClientSession live = session;
        return live != null && isRouted(status.state()) ? live.catalog() : Catalog.EMPTY;
    }

    @Override
    public CompletableFuture<JsonNode> call(String method, ObjectNode params, RelayChannel agent) {
        ClientSession live = session;
        BackendStatus current = status;
        if (live == null || !isRouted(current.state())) {
            return CompletableFuture.failedFuture(BackendFailures.unavailable(name, why(current)));
        }
        return live.request(method, params, agent);
    }

    @Override
    public void notify(String method, ObjectNode params) {
        ClientSession live = session;
        if (live != null && isRouted(status.state())) {
            live.notify(method, params);
        }
    }

    private static boolean isRouted(BackendState state) {
        return state == BackendState.READY || state == BackendState.DEGRADED;
    }

    private static String why(BackendStatus status) {
        return switch (status.state()) {
            case DISABLED -> "it is disabled";
            case CONNECTING -> status.lastError() == null ? "it is still connecting" : "reconnecting after: " + status.lastError();
            case FAILED -> status.lastError() == null ? "it failed" : status.lastError();
            case READY, DEGRADED -> "the connection was lost";
        };
    }

    synchronized BackendSpec spec() {
        return spec;
    }

    /** Starts connecting (or records that the backend is disabled). */
    synchronized void start() {
        generation++;
        if (!spec.enabled()) {
            status = BackendStatus.of(BackendState.DISABLED);
            return;
        }
        long gen = generation;
        // attempts run on the (managed) scheduler: they call the credential vault, a container service
        connections.scheduler().execute(() -> attempt(gen));
    }

    /** Switches to a changed spec: drops the old connection and connects afresh. */
    void apply(BackendSpec changed) {
        stop();
        transportKind = changed.transport().kind();
        synchronized (this) {
            spec = changed;
            backoff.reset();
            status = BackendStatus.of(BackendState.CONNECTING);
        }
        start();
    }

    /** Ends the connection and any pending retry; blocks while a stdio process shuts down. */
    void stop() {
        ClientSession old;
        synchronized (this) {
            generation++;
            if (retry != null) {
                retry.cancel(false);
            }
            old = session;
            session = null;
            status = BackendStatus.of(spec.enabled() ? BackendState.CONNECTING : BackendState.DISABLED);
        }
        if (old != null) {
            connections.catalogChanged(name, ALL);
            old.close();
        }
    }

    private void attempt(long gen) {
        BackendSpec target;
        synchronized (this) {
            if (gen != generation) {
                return;
            }
            target = spec;
            status = new BackendStatus(BackendState.CONNECTING, Instant.now(), status.lastError(), status.lastErrorAt(),
                    null, null, null, null);
        }
        SecretRedactor redactor = SecretRedactor.NONE;
        ClientSession fresh = null;
        try {
            CredentialMaterial credential = target.credentialName().map(connections.credentials()::material)
                    .orElse(CredentialMaterial.NONE);
            redactor = SecretRedactor.of(credential);
            fresh = new ClientSession(name, connections.transports().open(target, credential),
                    connections.settings().requestTimeout(), connections.threads(), new Watch(gen, redactor));
            Negotiated agreed = fresh.open(connections.settings().connectTimeout());
            ready(gen, fresh, agreed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(fresh);
        } catch (RuntimeException e) {
            closeQuietly(fresh);
            failed(gen, redactor.redact(BackendFailures.reason(e)));
        }
    }

    private void ready(long gen, ClientSession fresh, Negotiated agreed) {
        synchronized (this) {
            if (gen != generation) {
                closeQuietly(fresh);
                return;
            }
            session = fresh;
            readySince = Instant.now();
            status = new BackendStatus(BackendState.READY, readySince, status.lastError(), status.lastErrorAt(),
                    agreed.version().wire(), agreed.serverInfo(), agreed.capabilities(), agreed.instructions());
        }
        LOG.log(Level.INFO, "Backend {0} is ready ({1}, MCP {2})", new Object[] {name, fresh.flavour(), agreed.version()});
        connections.catalogChanged(name, ALL);
    }

    private void failed(long gen, String reason) {
        ClientSession lost;
        Duration delay;
        synchronized (this) {
            if (gen != generation) {
                return;
            }
            generation++;
            lost = session;
            session = null;
            if (readySince != null && Duration.between(readySince, Instant.now()).compareTo(connections.settings().stablePeriod()) >= 0) {
                backoff.reset();
            }
            readySince = null;
            Instant now = Instant.now();
            status = new BackendStatus(BackendState.FAILED, now, reason, now, null, null, null, null);
            delay = backoff.next();
            long next = generation;
            retry = connections.scheduler().schedule(() -> attempt(next), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        LOG.log(Level.WARNING, "Backend {0} failed: {1}; retrying in {2} ms", new Object[] {name, reason, delay.toMillis()});
        if (lost != null) {
            connections.catalogChanged(name, ALL);
            closeQuietly(lost);
        }
    }

    private static void closeQuietly(ClientSession s) {
        if (s != null) {
            s.close();
        }
    }

    /** Follows one session: its catalog refreshes and its end. Ignores sessions of older generations. */
    private final class Watch implements SessionListener {
        private final long gen;
        private final SecretRedactor redactor;

        Watch(long gen, SecretRedactor redactor) {
            this.gen = gen;
            this.redactor = redactor;
        }

        @Override
        public void catalogChanged(Set<CatalogKind> kinds) {
            synchronized (SupervisedBackend.this) {
                if (gen != generation || session == null) {
                    return;
                }
                if (status.state() == BackendState.DEGRADED) {
                    status = new BackendStatus(BackendState.READY, Instant.now(), status.lastError(), status.lastErrorAt(),
                            status.protocolVersion(), status.serverInfo(), status.capabilities(), status.instructions());
                }
            }
            connections.catalogChanged(name, kinds);
        }

        @Override
        public void catalogRefreshFailed(String reason) {
            synchronized (SupervisedBackend.this) {
                if (gen != generation || session == null) {
                    return;
                }
                Instant now = Instant.now();
                status = new BackendStatus(BackendState.DEGRADED, now, redactor.redact("catalog refresh failed: " + reason), now,
                        status.protocolVersion(), status.serverInfo(), status.capabilities(), status.instructions());
            }
        }

        @Override
        public void resourceUpdated(String uri) {
            synchronized (SupervisedBackend.this) {
                if (gen != generation || session == null) {
                    return;
                }
            }
            connections.catalogEvents().resourceUpdated(name, uri);
        }

        @Override
        public void closed(String reason) {
            failed(gen, redactor.redact("connection lost: " + reason));
        }
    }
}
