/**
 * Gatehouse as an MCP server towards agents: the one request pipeline from an inbound
 * JSON-RPC message (with its agent session and negotiated revision) to the handler of its
 * method and back to a JSON-RPC response, routing calls to the owning backend through the
 * aggregated view.
 *
 * <p>{@link dev.gatehouse.gateway.McpDispatcher} is a plain class and knows nothing of HTTP:
 * the web module's transport hands it messages and writes what it answers. The era of the
 * agent's revision is an attribute of the session, not a second code path.
 * {@link dev.gatehouse.gateway.Gateway} assembles the pipeline inside the container.
 * Typed failures are translated to JSON-RPC errors in one place,
 * {@link dev.gatehouse.gateway.ErrorTranslator}. Scoping and policy decisions happen in one
 * place, {@code AccessGate}, before any backend is contacted; the audit hook is
 * {@code CallAuditor}. Nothing else here decides who may do what. An operator's direct tool
 * call ({@link dev.gatehouse.gateway.DirectCalls}, for the admin API and the console) takes the
 * same gate and audit as an agent's {@code tools/call}.
 */
package dev.gatehouse.gateway;
