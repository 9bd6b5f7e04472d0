package dev.gatehouse.gateway.session;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sessions of this node, in memory. A session expires when it has seen no request for the
 * idle timeout and has no open GET stream; expired sessions are swept when a session is
 * created and by {@link #expireIdle()}, and are never found.
 */
public final class InMemorySessionStore implements SessionStore {
    private static final Logger LOG = Logger.getLogger(InMemorySessionStore.class.getName());
    private static final int ID_BYTES = 24;

    private final ConcurrentMap<String, AgentSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final long idleNanos;

    public InMemorySessionStore(Duration idleTimeout) {
        this.idleNanos = idleTimeout.toNanos();
    }

    @Override
    public AgentSession create() {
        sweep();
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        AgentSession session = new AgentSession(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        sessions.put(session.id(), session);
        return session;
    }

    @Override
    public Optional<AgentSession> find(String id) {
        AgentSession session = id == null ? null : sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session)) {
            expire(session);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    @Override
    public boolean end(String id) {
        AgentSession session = id == null ? null : sessions.remove(id);
        if (session == null) {
            return false;
        }
        session.end();
        LOG.log(Level.FINE, "agent session ended");
        return true;
    }

    @Override
    public Collection<AgentSession> all() {
        return List.copyOf(sessions.values());
    }

    @Override
    public void endAll() {
        sessions.keySet().forEach(this::end);
    }

    private boolean expired(AgentSession session) {
        return session.ended() || session.idleNanos() > idleNanos && !session.hasOpenStream();
    }

    private void expire(AgentSession session) {
        if (sessions.remove(session.id(), session)) {
            session.end();
            LOG.log(Level.FINE, "agent session expired after being idle");
        }
    }

    @Override
    public void expireIdle() {
        sweep();
    }

    private void sweep() {
        for (AgentSession session : sessions.values()) {
            if (expired(session)) {
                expire(session);
            }
        }
    }
}
