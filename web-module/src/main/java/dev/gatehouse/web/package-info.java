/**
 * Gatehouse's HTTP surface at context root {@code /}: the agent-facing MCP endpoint
 * ({@code /mcp}), the admin REST API ({@code /api/v1}) and well-known metadata. Resources here
 * translate HTTP to calls on the EJBs; business rules never live here.
 */
package dev.gatehouse.web;
