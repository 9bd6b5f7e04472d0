package dev.gatehouse.web.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A policy as a client creates it (POST: name and source required) or changes it (PUT: the
 * fields given change, those left out stay; a new source becomes a new version when it differs).
 */
@Schema(name = "PolicyRequest", description = "A policy to create (POST) or the fields to change (PUT)")
public record PolicyRequest(
        @Schema(description = "unique name: letters, digits, '.', '_' or '-'", examples = "deny-secrets") String name,
        @Schema(description = "Rego source defining allow and/or deny") String source,
        @Schema(description = "whether it takes part in decisions; default true on create") Boolean enabled) {
}
