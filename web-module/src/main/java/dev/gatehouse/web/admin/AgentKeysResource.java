package dev.gatehouse.web.admin;

import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.IssuedApiKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agent's API keys: list them (never the keys), issue a new one (shown once). */
@Path("agents/{name}/keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agents")
@APIResponse(responseCode = "404", description = "no agent of that name",
        content = @Content(mediaType = "application/problem+json"))
public class AgentKeysResource {
    @Inject
    AgentRegistry registry;

    @PathParam("name")
    String name;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List an agent's API keys", description = "Ids and times only; a key is shown once, when issued.")
    @APIResponse(responseCode = "200", description = "OK")
    public List<ApiKeySummary> list() {
        return registry.keys(name).stream().map(ApiKeySummary::of).toList();
    }

    @POST
    @Operation(summary = "Issue an API key", description = "The response carries the key; it is stored only as a"
            + " hash and cannot be shown again. The body is optional.")
    @APIResponse(responseCode = "201", description = "issued", content = @Content(schema = @Schema(implementation = IssuedApiKeyDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid expiry", content = @Content(mediaType = "application/problem+json"))
    public Response issue(ApiKeyRequest request) {
        ApiKeyRequest expiry = request == null ? new ApiKeyRequest(null, null) : request;
        IssuedApiKey issued = registry.issueKey(name, expiry.expiryUtc());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.description().id()).build())
                .header("Cache-Control", "no-store").entity(IssuedApiKeyDetails.of(issued)).build();
    }
}
