/**
 * Health checks of {@code /health}: they live in the web module that serves {@code /mcp}, so each is
 * registered once (a check in the shared EJB module is found by every web module of the application).
 */
package dev.gatehouse.web.health;
