package dev.gatehouse.web.admin;

import dev.gatehouse.registry.BackendFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A backend as a client creates or replaces it. {@code url} for {@code http};
 * {@code command}, {@code args} and {@code env} for {@code stdio}. The registry applies the full rules.
 */
@Schema(name = "BackendRequest", description = "A backend to create (POST) or the full new definition (PUT)")
public record BackendRequest(
        @Schema(description = "unique name; letters, digits, '-' and '_'", examples = "everything")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '-' or '_'") String name,
        @Schema(description = "http or stdio", enumeration = {"http", "stdio"}, required = true)
        @NotBlank(message = "is required (http or stdio)")
        @Pattern(regexp = "http|stdio", message = "must be http or stdio") String transport,
        @Schema(description = "for http: the MCP endpoint URL", examples = "http://127.0.0.1:3001/mcp")
        @Size(max = 2048) String url,
        @Schema(description = "for stdio: the executable", examples = "npx") @Size(max = 1024) String command,
        @Schema(description = "for stdio: its arguments") List<String> args,
        @Schema(description = "for stdio: extra non-secret environment variables") Map<String, String> env,
        @Schema(description = "name of the credential to use (optional)") String credential,
        @Schema(description = "whether to connect; default true") Boolean enabled) {

    BackendFields toFields(String nameOverride) {
        return new BackendFields(nameOverride == null ? name : nameOverride, transport, url, command, args, env,
                credential, enabled);
    }
}
