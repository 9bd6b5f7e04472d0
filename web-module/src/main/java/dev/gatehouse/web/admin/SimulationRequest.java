package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A hypothetical request for {@code POST /api/v1/policies/simulate}, and which policies to ask:
 * {@code policies} (stored names), {@code drafts} (unsaved sources) or neither (the enabled
 * policies, as enforcement uses them).
 */
@Schema(name = "SimulationRequest")
public record SimulationRequest(
        @Schema(description = "the agent's name; the principal is an agent when given") String agent,
        @Schema(description = "the user the call acts for") String user,
        @Schema(description = "granted scopes") Set<String> scopes,
        @Schema(description = "the user's groups") Set<String> groups,
        @Schema(description = "extra claims") JsonNode claims,
        @Schema(description = "the MCP method; default tools/call", examples = "tools/call") String action,
        @Schema(description = "the backend's name", required = true) String backend,
        @Schema(description = "the backend's transport (stdio or http)") String transport,
        @Schema(description = "the tool's name in the backend's terms") String tool,
        @Schema(description = "the tool's name as agents see it") String qualified,
        @Schema(description = "the tool's annotations") JsonNode annotations,
        @Schema(description = "for resources/read: the resource URI") String resource,
        @Schema(description = "for prompts/get: the prompt's name") String prompt,
        @Schema(description = "the call's arguments") JsonNode arguments,
        @Schema(description = "the protocol revision; default 2025-06-18") String protocol,
        @Schema(description = "stored policies to evaluate instead of the enabled ones") List<String> policies,
        @Schema(description = "unsaved drafts to evaluate instead of the enabled ones") List<Draft> drafts) {

    /** An unsaved policy: a name for reasons and error positions, and its source. */
    public record Draft(String name, String source) {
    }
}
