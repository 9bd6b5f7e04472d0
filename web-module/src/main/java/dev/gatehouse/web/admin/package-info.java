/**
 * The admin REST API under {@code /api/v1}: backends (with their live status and catalogs, and
 * direct tool calls) and credentials (secrets accepted, never returned). Resources come in
 * pairs ({@code BackendsResource} → {@code BackendResource}); wire records are
 * {@code *Request}, {@code *Summary}, {@code *Details}. Resources translate HTTP to calls on the
 * registry and vault EJBs; validation rules and business logic live there, not here.
 */
package dev.gatehouse.web.admin;
