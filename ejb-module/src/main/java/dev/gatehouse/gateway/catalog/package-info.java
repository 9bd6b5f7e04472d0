/**
 * The aggregated view of all ready backends as one MCP server: how entries are named
 * ({@link dev.gatehouse.gateway.catalog.NamingMode}), how resource URIs stay routable
 * ({@link dev.gatehouse.gateway.catalog.ResourceUris}), the immutable snapshot that routes a
 * name or URI back to its backend ({@link dev.gatehouse.gateway.catalog.AggregateView}) and
 * the opaque pagination cursors over it ({@link dev.gatehouse.gateway.catalog.CursorCodec}).
 *
 * <p>Plain classes, no container: everything here is pure and unit-tested. Snapshots are
 * rebuilt when a backend's catalog changes, never per call. Nothing here sends messages.
 */
package dev.gatehouse.gateway.catalog;
