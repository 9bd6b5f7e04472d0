/**
 * Gatehouse as an MCP client: the live connection to each backend (stdio, Streamable HTTP,
 * legacy HTTP+SSE), its lifecycle (connect in the background, timeouts, restart with backoff,
 * orderly shutdown), its status and its catalog of tools, resources, templates and prompts.
 *
 * <p>The rest of the gateway sees backends only through {@link dev.gatehouse.connector.BackendDirectory}
 * and {@link dev.gatehouse.connector.BackendLink}. Naming, aggregation and policy do not belong here.
 */
package dev.gatehouse.connector;
