package dev.gatehouse.gateway;

import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.connector.CatalogListener;
import dev.gatehouse.connector.RelayChannel;
import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.protocol.JsonRpcNotification;
import dev.gatehouse.protocol.McpJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which agent sessions subscribed to which backend resources, so that a backend's
 * {@code notifications/resources/updated} reaches exactly those sessions (on their GET stream,
 * under the URI they subscribed with). One backend connection serves every agent, so the
 * subscription upstream is shared: it is sent for the first subscriber of a resource and
 * withdrawn after the last one leaves (or its session ended), and it is renewed when the
 * backend comes back after a reconnect.
 */
final class ResourceSubscriptions implements CatalogListener {
    private static final Logger LOG = Logger.getLogger(ResourceSubscriptions.class.getName());

    /** A backend's resource by its own URI. */
    record Key(String backend, String uri) {
    }

    private final BackendDirectory directory;
    private final Executor senders;
    /** Per resource: the subscribed sessions and the URI each of them used. */
    private final Map<Key, Map<AgentSession, String>> subscribers = new ConcurrentHashMap<>();

    ResourceSubscriptions(BackendDirectory directory, Executor senders) {
        this.directory = directory;
        this.senders = senders;
    }

    /** Registers the session; true when it is the resource's first live subscriber (subscribe upstream). */
    boolean add(Key key, AgentSession session, String exposedUri) {
        boolean[] first = {false};
        subscribers.compute(key, (k, sessions) -> {
            Map<AgentSession, String> live = sessions == null ? new ConcurrentHashMap<>() : sessions;
            live.keySet().removeIf(AgentSession::ended);
            first[0] = live.isEmpty();
            live.put(session, exposedUri);
            return live;
        });
        return first[0];
    }

    /** Removes the session; true when no live subscriber is left (unsubscribe upstream). */
    boolean remove(Key key, AgentSession session) {
        boolean[] last = {false};
        subscribers.computeIfPresent(key, (k, sessions) -> {
            boolean had = sessions.remove(session) != null;
            sessions.keySet().removeIf(AgentSession::ended);
            last[0] = had && sessions.isEmpty();
            return sessions.isEmpty() ? null : sessions;
        });
        return last[0];
    }

    @Override
    public void resourceUpdated(String backend, String uri) {
        Key key = new Key(backend, uri);
        Map<AgentSession, String> sessions = subscribers.get(key);
        if (sessions == null) {
            return;
        }
        sessions.keySet().removeIf(AgentSession::ended);
        if (sessions.isEmpty() && subscribers.remove(key, sessions)) {
            upstream(backend, "resources/unsubscribe", uri);
            return;
        }
        List<Map.Entry<AgentSession, String>> targets = List.copyOf(sessions.entrySet());
        senders.execute(() -> targets.forEach(target -> target.getKey().sendOnStream(
                new JsonRpcNotification("notifications/resources/updated", McpJson.object().put("uri", target.getValue())))));
        LOG.log(Level.FINE, "resource {0} of {1} updated; {2} subscribed sessions told",
                new Object[]{uri, backend, targets.size()});
    }

    /** After a reconnect the backend has forgotten the subscriptions: renew those with live subscribers. */
    @Override
    public void catalogChanged(String backend, Set<CatalogKind> kinds) {
        if (kinds.size() < CatalogKind.values().length) {
            return; // a list_changed refresh, not a (re)connection
        }
        for (Map.Entry<Key, Map<AgentSession, String>> entry : subscribers.entrySet()) {
            if (entry.getKey().backend().equals(backend)) {
                entry.getValue().keySet().removeIf(AgentSession::ended);
                if (!entry.getValue().isEmpty()) {
                    upstream(backend, "resources/subscribe", entry.getKey().uri());
                }
            }
        }
    }

    private void upstream(String backend, String method, String uri) {
        BackendLink link = directory.find(backend).orElse(null);
        if (link == null || link.status().state() != BackendState.READY && link.status().state() != BackendState.DEGRADED) {
            return;
        }
        link.call(method, McpJson.object().put("uri", uri), RelayChannel.none()).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.log(Level.FINE, "backend {0} refused {1} {2}: {3}", new Object[]{backend, method, uri, failure.getMessage()});
            }
        });
    }
}
