package dev.gatehouse.audit;

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
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The audit log as a container service: the pipeline's {@link AuditSink}, the query side for the
 * admin API, and the retention task. Starts after the schema migrations; on shutdown it writes
 * the whole queue before the application stops. Logic lives in {@link AuditWriter},
 * {@link JdbcAuditStore} and {@link AuditRetention}; this bean wires the container in.
 *
 * <p>Records go through the non-JTA data source with explicit commits: the audit write is its
 * own transaction (never part of the call's), runs on the writer's own thread where no JTA
 * context exists, and commits exactly when strict mode needs to know it is durable.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
@LocalBean
@Local(AuditSink.class)
public class AuditRecorder implements AuditSink {
    private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());
    private static final Duration SHUTDOWN_FLUSH = Duration.ofSeconds(20);

    @Resource(lookup = "jdbc/gatehouseNonTx")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Resource(lookup = "concurrent/gatehouseScheduler")
    ManagedScheduledExecutorService scheduler;

    private AuditSettings settings;
    private JdbcAuditStore store;
    private AuditWriter writer;
    private ScheduledFuture<?> retention;

    @PostConstruct
    void start() {
        settings = AuditSettings.fromConfig();
        store = new JdbcAuditStore(dataSource);
        writer = new AuditWriter(store, settings);
        writer.start(threads);
        retention = scheduler.scheduleWithFixedDelay(
                new AuditRetention(store, settings.retention(), Clock.systemUTC(), 1_000, 1_000),
                30, 3_600, TimeUnit.SECONDS);
        LOG.info(() -> "Audit log started: durability " + settings.durability().name().toLowerCase(java.util.Locale.ROOT)
                + ", queue " + settings.queueCapacity() + ", batches of up to " + settings.batchSize()
                + ", retention " + (settings.retention().isZero() ? "off" : settings.retention().toHours() % 24 == 0
                        ? settings.retention().toDays() + "d" : settings.retention().toString()));
    }

    @PreDestroy
    void stop() {
        if (retention != null) {
            retention.cancel(false);
        }
        writer.close(SHUTDOWN_FLUSH);
        LOG.info(() -> "Audit log stopped: " + writer.stats());
    }

    /**
     * Queues the event (secret-looking parts of its reasons and error masked; the arguments
     * preview is already redacted by {@link ArgumentRedactor}).
     */
    @Override
    public CompletableFuture<Void> record(AuditEvent event) {
        return writer.record(sanitised(event));
    }

    /**
     * The same sink without the container in between, for the gateway, which records on every
     * tool call: a plain call into the writer instead of an EJB invocation each time. It stops
     * with this bean (then it refuses events, as {@link AuditWriter#record} does once closed).
     */
    public AuditSink direct() {
        AuditWriter target = writer;
        return event -> target.record(sanitised(event));
    }

    /** One page of the log, newest first. */
    public AuditPage query(AuditQuery query) {
        return store.query(query);
    }

    /** Records per minute and decision since the given time, oldest first (the console's chart). */
    public List<AuditMinuteCount> countByMinute(Instant since) {
        return store.countByMinute(since);
    }

    /** One record by id. */
    public AuditRecord find(String id) {
        return store.find(id).orElseThrow(() -> new UnknownAuditRecordException(id));
    }

    /** The writer's counters. */
    public AuditWriter.Stats stats() {
        return writer.stats();
    }

    public AuditSettings settings() {
        return settings;
    }

    static AuditEvent sanitised(AuditEvent e) {
        List<String> reasons = e.reasons().stream().map(ArgumentRedactor::maskText).toList();
        return new AuditEvent(e.time(), e.agent(), e.user(), e.backend(), e.tool(), e.action(), e.decision(), reasons,
                e.argumentsPreview(), e.durationMs(), e.protocol(), e.sessionId(), e.policyVersions(),
                ArgumentRedactor.maskText(e.error()));
    }
}
