/**
 * Agent sessions as the request pipeline sees them: what was negotiated at {@code initialize}
 * (protocol revision, client capabilities), the calls in flight (so that
 * {@code notifications/cancelled} can stop them), the requests Gatehouse itself sent to the
 * agent and awaits, and the stream for server-initiated messages.
 *
 * <p>Transport mechanics (HTTP headers, SSE framing, session ids on the wire) do not belong
 * here: the web module supplies {@link dev.gatehouse.gateway.session.AgentStream}s. The store
 * is a seam ({@link dev.gatehouse.gateway.session.SessionStore}) so that a shared store can
 * replace the in-memory one when several nodes serve one cluster.
 */
package dev.gatehouse.gateway.session;
