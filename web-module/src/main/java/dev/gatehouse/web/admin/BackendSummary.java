package dev.gatehouse.web.admin;

/** One line of the backend list: identity, state and how much it contributes. */
public record BackendSummary(String name, String transport, boolean enabled, String credential, String state,
                             String lastError, int tools, int resources, int resourceTemplates, int prompts) {
}
