package dev.gatehouse.gateway.session;

import java.util.Collection;
import java.util.Optional;

/**
 * Where agent sessions live. The in-memory store keeps them on this node; a shared store can
 * take its place when sessions must survive a node switch.
 */
public interface SessionStore {
    /** Creates a session with a fresh, unguessable id (at least 128 random bits). */
    AgentSession create();

    /** The live session with that id; empty when unknown, ended or expired. */
    Optional<AgentSession> find(String id);

    /** Ends and forgets the session; {@code false} when it was unknown. */
    boolean end(String id);

    /** Every live session (for broadcasting list_changed). */
    Collection<AgentSession> all();

    /** Ends the sessions that have been idle too long (called periodically). */
    void expireIdle();

    /** Ends every session (shutdown). */
    void endAll();
}
