/**
 * The agents pages: the list of agents, and one agent's definition (description, acting user,
 * allowed backends, enabled) and API keys. A new key is shown once, with a ready-to-paste MCP
 * client configuration, and forgotten by the page as soon as its dialog closes. Rules stay in
 * {@link dev.gatehouse.identity.AgentRegistry}.
 */
package dev.gatehouse.console.agents;
