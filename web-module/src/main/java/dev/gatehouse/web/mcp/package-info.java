/**
 * The agent-facing MCP endpoint {@code /mcp}: the Streamable HTTP transport (revisions
 * 2025-03-26, 2025-06-18 and 2025-11-25). POST carries one JSON-RPC message (a batch only in
 * 2025-03-26) and is answered as JSON, or as an SSE stream once the call has something to
 * stream; GET opens the session's stream for server-initiated messages; DELETE ends the
 * session. Origin, Accept, Content-Type, body size, session id and protocol version header
 * are checked here.
 *
 * <p>Only transport mechanics belong here: what a message means is decided by
 * {@link dev.gatehouse.gateway.McpDispatcher}. HTTP-level failures are typed
 * ({@link dev.gatehouse.web.mcp.McpHttpException}) and written in one place, never with a
 * stack trace.
 */
package dev.gatehouse.web.mcp;
