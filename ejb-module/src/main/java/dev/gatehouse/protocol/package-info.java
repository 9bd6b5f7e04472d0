/**
 * The MCP wire model shared by both sides of the gateway: JSON-RPC 2.0 messages as records,
 * error codes, protocol revisions and their era, and the one JSON mapper.
 *
 * <p>Payloads ({@code params}, {@code result}) stay Jackson trees so that whatever a backend
 * returns is relayed unchanged. Nothing here knows about backends, agents or transports.
 */
package dev.gatehouse.protocol;
