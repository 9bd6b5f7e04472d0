package dev.gatehouse.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes when API keys were last used, once a minute and once more at shutdown, off the request
 * path: the {@link ApiKeyAuthenticator} only notes uses in memory. A singleton, so the final
 * write happens while the persistence unit is still up.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LastUseWriter {
    static final long INTERVAL_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(LastUseWriter.class.getName());

    @Inject
    ApiKeyAuthenticator authenticator;

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource(lookup = "concurrent/gatehouseScheduler")
    private ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::writeInTransaction, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        try {
            write();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record when API keys were last used", e);
        }
    }

    private void writeInTransaction() {
        try {
            context.getBusinessObject(LastUseWriter.class).write();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record when API keys were last used", e);
        }
    }

    /** Stores the uses noted since the last write (a transaction of its own). */
    public void write() {
        Map<String, LocalDateTime> used = authenticator.drainUse();
        used.forEach((id, at) -> em.createQuery("update ApiKey k set k.lastUsedAt = :at where k.id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate());
        if (!used.isEmpty()) {
            LOG.log(Level.FINE, "recorded the last use of {0} API key(s)", used.size());
        }
    }
}
