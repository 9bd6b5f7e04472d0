/**
 * Gatehouse's own MCP client transports: stdio (a child process), Streamable HTTP, legacy
 * HTTP+SSE and the fallback between the two HTTP flavours. A transport moves raw
 * {@link dev.gatehouse.protocol.JsonRpcMessage}s and reports what arrives and when it dies;
 * it knows nothing about requests, ids, initialize or catalogs (see {@code connector.session}).
 *
 * <p>Secret header and environment values never appear in an exception or log line raised
 * here: messages are passed through a {@link dev.gatehouse.connector.transport.SecretRedactor}.
 */
package dev.gatehouse.connector.transport;
