package dev.gatehouse.gateway;

import dev.gatehouse.audit.AuditRecorder;
import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.gateway.catalog.CatalogAggregator;
import dev.gatehouse.gateway.catalog.CursorCodec;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.catalog.NamingMode;
import dev.gatehouse.gateway.session.InMemorySessionStore;
import dev.gatehouse.gateway.session.SessionStore;
import dev.gatehouse.platform.GatewayInfo;
import dev.gatehouse.policy.PolicyDecisions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Assembles the agent-facing pipeline inside the container: reads the configuration, builds
 * the live aggregate over the {@link BackendDirectory}, registers for catalog changes and
 * owns the agent sessions of this node. The transport asks it for the
 * {@link McpDispatcher} and the {@link SessionStore}; nothing else lives here.
 */
@ApplicationScoped
public class Gateway {
    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());

    @Inject
    BackendDirectory directory;

    @Inject
    GatewayInfo info;

    @Inject
    PolicyDecisions policies;

    @Inject
    AuditRecorder audit;

    private GatewaySettings settings;
    private SessionStore sessions;
    private McpDispatcher dispatcher;
    private ListChangedRelay listChanged;

    @PostConstruct
    void start() {
        settings = readSettings(ConfigProvider.getConfig(), info.version());
        sessions = new InMemorySessionStore(settings.sessionIdleTimeout());
        LiveAggregate aggregate = new LiveAggregate(directory, new CatalogAggregator(settings.naming()));
        ThreadFactory senders = Thread.ofVirtual().name("gatehouse-list-changed-", 0).factory();
        listChanged = new ListChangedRelay(aggregate, sessions, task -> senders.newThread(task).start());
        directory.addCatalogListener(listChanged);
        aggregate.rebuild();
        dispatcher = new McpDispatcher(directory, aggregate, CursorCodec.withRandomKey(), settings, policies::engine, audit.direct());
        directory.addCatalogListener(dispatcher.resourceEvents());
        LOG.log(Level.INFO, "MCP gateway ready: naming {0}, page size {1}",
                new Object[]{settings.naming().name().toLowerCase(java.util.Locale.ROOT), settings.pageSize()});
    }

    @PreDestroy
    void stop() {
        sessions.endAll();
        try {
            directory.removeCatalogListener(listChanged);
            directory.removeCatalogListener(dispatcher.resourceEvents());
        } catch (RuntimeException e) {
            // at shutdown the supervisor may already be gone, and its listeners with it
            LOG.log(Level.FINE, "backend directory already stopped: {0}", e.getMessage());
        }
    }

    public McpDispatcher dispatcher() {
        return dispatcher;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public GatewaySettings settings() {
        return settings;
    }

    static GatewaySettings readSettings(Config config, String version) {
        return new GatewaySettings(
                NamingMode.parse(config.getOptionalValue("gatehouse.gateway.naming", String.class).orElse("prefixed")),
                config.getOptionalValue("gatehouse.gateway.page-size", Integer.class).orElse(100),
                config.getOptionalValue("gatehouse.mcp.session-idle-timeout", String.class)
                        .map(GatewaySettings::parseDuration).orElse(GatewaySettings.DEFAULTS.sessionIdleTimeout()),
                version);
    }
}
