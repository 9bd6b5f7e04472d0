package dev.gatehouse.connector;

import dev.gatehouse.registry.BackendChanged;
import dev.gatehouse.registry.BackendSpecSource;
import dev.gatehouse.vault.CredentialLookup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's backend connections as a container service: starts with the application,
 * connects every registered backend in the background, follows {@link BackendChanged}
 * events, and stops every connection (stdio processes included) when the application stops.
 * All logic lives in {@link BackendFleet}; this bean only wires the container in.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@LocalBean
@Local(BackendDirectory.class)
public class BackendSupervisor implements BackendDirectory {
    private static final Logger LOG = Logger.getLogger(BackendSupervisor.class.getName());

    @Inject
    BackendSpecSource specs;

    @Inject
    CredentialLookup credentials;

    /** Connection attempts, reconciles and retry delays (call timeouts use their own timer); defined in server.xml. */
    @Resource(lookup = "concurrent/gatehouseScheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "gatehouse.backend.connect-timeout", defaultValue = "30s")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "gatehouse.backend.request-timeout", defaultValue = "60s")
    String requestTimeout;

    @Inject
    @ConfigProperty(name = "gatehouse.backend.backoff-initial", defaultValue = "1s")
    String backoffInitial;

    @Inject
    @ConfigProperty(name = "gatehouse.backend.backoff-max", defaultValue = "60s")
    String backoffMax;

    @Inject
    @ConfigProperty(name = "gatehouse.backend.backoff-reset-after", defaultValue = "60s")
    String backoffResetAfter;

    @Inject
    @ConfigProperty(name = "gatehouse.backend.stdio-grace", defaultValue = "2s")
    String stdioGrace;

    private BackendFleet fleet;

    @PostConstruct
    void start() {
        ConnectorSettings settings = new ConnectorSettings(
                ConnectorSettings.duration("gatehouse.backend.connect-timeout", connectTimeout),
                ConnectorSettings.duration("gatehouse.backend.request-timeout", requestTimeout),
                ConnectorSettings.duration("gatehouse.backend.backoff-initial", backoffInitial),
                ConnectorSettings.duration("gatehouse.backend.backoff-max", backoffMax),
                ConnectorSettings.duration("gatehouse.backend.backoff-reset-after", backoffResetAfter),
                ConnectorSettings.duration("gatehouse.backend.stdio-grace", stdioGrace));
        ThreadFactory threads = Thread.ofVirtual().name("gatehouse-backend-", 0).factory();
        fleet = new BackendFleet(specs, credentials, settings, scheduler, threads);
        scheduler.execute(() -> adoptRegistered(1000));
    }

    /** Reads the registry off the start-up thread; retries while it cannot be read yet (schema not migrated, say). */
    private void adoptRegistered(long retryMillis) {
        try {
            fleet.startAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the registered backends yet ({0}); retrying in {1} ms",
                    new Object[] {e.getClass().getSimpleName(), retryMillis});
            scheduler.schedule(() -> adoptRegistered(Math.min(retryMillis * 2, 60_000)), retryMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Reconnects, connects or disconnects the backend a registry change names, once the
     * change is committed, on a scheduler thread (stopping a stdio process takes a moment).
     */
    public void onBackendChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) BackendChanged event) {
        scheduler.execute(() -> fleet.reconcile(event.name()));
    }

    @PreDestroy
    void stop() {
        fleet.shutdown();
    }

    @Override
    public List<BackendLink> links() {
        return fleet.links();
    }

    @Override
    public Optional<BackendLink> find(String name) {
        return fleet.find(name);
    }

    @Override
    public void addCatalogListener(CatalogListener listener) {
        fleet.addCatalogListener(listener);
    }

    @Override
    public void removeCatalogListener(CatalogListener listener) {
        fleet.removeCatalogListener(listener);
    }
}
