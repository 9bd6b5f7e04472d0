package dev.gatehouse.web.admin;

import dev.gatehouse.identity.AgentFields;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent as a client writes it. */
@Schema(name = "AgentDefinitionRequest")
public record AgentDefinitionRequest(
        @Schema(description = "unique name; 1-64 letters, digits, '-' and '_'", examples = "support-bot") String name,
        @Schema(description = "free text") String description,
        @Schema(description = "the user the agent acts for (optional)", examples = "alice") String user,
        @Schema(description = "names of registered backends it may use; omitted or null: every backend; []: none")
        List<String> backends,
        @Schema(description = "default true; a disabled agent's keys are refused (403)") Boolean enabled) {

    AgentFields toFields(String pathName) {
        return new AgentFields(name == null ? pathName : name, description, user, backends, enabled);
    }
}
