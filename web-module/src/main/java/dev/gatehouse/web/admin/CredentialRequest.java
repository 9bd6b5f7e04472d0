package dev.gatehouse.web.admin;

import dev.gatehouse.vault.CredentialFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A credential as a client writes it: the kind and that kind's fields. Secret values are
 * accepted here and never returned. {@code toString} hides them.
 */
@Schema(name = "CredentialRequest", description = "bearer: token; headers: headers (name → value); env: env (name → value)")
public record CredentialRequest(
        @Schema(description = "unique name; letters, digits, '-' and '_'", examples = "remote-token")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '-' or '_'") String name,
        @Schema(enumeration = {"bearer", "headers", "env"}, required = true)
        @NotBlank(message = "is required (bearer, headers or env)")
        @Pattern(regexp = "bearer|headers|env", message = "must be bearer, headers or env") String kind,
        @Schema(description = "bearer: the token (secret, write-only)") String token,
        @Schema(description = "headers: header name → value (values secret, write-only)") Map<String, String> headers,
        @Schema(description = "env: variable name → value (values secret, write-only)") Map<String, String> env) {

    CredentialFields toFields() {
        return new CredentialFields(kind, token, headers, env);
    }

    @Override
    public String toString() {
        return "CredentialRequest[name=" + name + ", kind=" + kind + "]";
    }
}
