package dev.gatehouse.gateway;

import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.connector.CatalogListener;
import dev.gatehouse.gateway.catalog.LiveAggregate;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.SessionStore;
import dev.gatehouse.protocol.JsonRpcNotification;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the aggregate current and tells agents: when a backend's catalog changes (or it
 * enters or leaves the ready state) the aggregate is rebuilt once, then every agent session
 * with an open stream gets {@code notifications/tools/list_changed} (and the resources and
 * prompts counterparts) for the kinds that changed.
 */
public final class ListChangedRelay implements CatalogListener {
    private static final Logger LOG = Logger.getLogger(ListChangedRelay.class.getName());

    private final LiveAggregate aggregate;
    private final SessionStore sessions;
    private final Executor senders;

    /**
     * @param senders runs the sends to the agents, so that a slow agent never holds up the
     *                backend connection that reported the change (the rebuild itself is done
     *                at once, so calls see the new catalog immediately)
     */
    public ListChangedRelay(LiveAggregate aggregate, SessionStore sessions, Executor senders) {
        this.aggregate = aggregate;
        this.sessions = sessions;
        this.senders = senders;
    }

    @Override
    public void catalogChanged(String backend, Set<CatalogKind> kinds) {
        try {
            aggregate.rebuild();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not refresh the aggregate after a change of backend " + backend, e);
            return;
        }
        Set<String> notifications = new LinkedHashSet<>();
        kinds.forEach(kind -> notifications.add(kind.changedNotification()));
        senders.execute(() -> announce(backend, notifications));
    }

    private void announce(String backend, Set<String> notifications) {
        int told = 0;
        for (AgentSession session : sessions.all()) {
            for (String method : notifications) {
                if (session.sendOnStream(new JsonRpcNotification(method, null))) {
                    told++;
                }
            }
        }
        LOG.log(Level.FINE, "catalog of {0} changed; {1} notifications sent to agents", new Object[]{backend, told});
    }
}
