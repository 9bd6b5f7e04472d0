/**
 * One MCP client session over a {@link dev.gatehouse.connector.transport.Transport}: request
 * ids and pending requests with timeouts, the initialize handshake, the catalog (fetched page
 * by page, refreshed on list_changed), progress-token mapping, cancellation, and relaying the
 * backend's own requests and log messages to the agent call that caused them.
 *
 * <p>No lifecycle policy lives here: a session that dies tells its
 * {@link dev.gatehouse.connector.session.SessionListener}; reconnecting is the supervisor's job.
 */
package dev.gatehouse.connector.session;
