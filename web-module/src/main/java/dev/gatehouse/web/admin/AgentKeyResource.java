package dev.gatehouse.web.admin;

import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.UnknownApiKeyException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One API key of an agent: describe it, revoke it. */
@Path("agents/{name}/keys/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agents")
@APIResponse(responseCode = "404", description = "no such agent or key", content = @Content(mediaType = "application/problem+json"))
public class AgentKeyResource {
    @Inject
    AgentRegistry registry;

    @PathParam("name")
    String name;

    @PathParam("id")
    String id;

    @GET
    @Operation(summary = "Describe an API key (never the key)")
    @APIResponse(responseCode = "200", description = "OK")
    public ApiKeySummary get() {
        return registry.keys(name).stream().filter(k -> k.id().equals(id)).findFirst().map(ApiKeySummary::of)
                .orElseThrow(() -> new UnknownApiKeyException(name, id));
    }

    @DELETE
    @Operation(summary = "Revoke an API key", description = "Requests presenting it are refused (401 invalid_token) at once.")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke() {
        registry.revokeKey(name, id);
        return Response.noContent().build();
    }
}
