package dev.gatehouse.web.admin;

import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.InvalidAgentException;
import dev.gatehouse.identity.UnknownAgentException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One agent: describe, replace, delete (with its keys). */
@Path("agents/{name}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agents")
@APIResponse(responseCode = "404", description = "no agent of that name",
        content = @Content(mediaType = "application/problem+json"))
public class AgentResource {
    @Inject
    AgentRegistry registry;

    @PathParam("name")
    String name;

    @GET
    @Operation(summary = "Describe an agent")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AgentDetails.class)))
    public AgentDetails get() {
        return registry.find(name).map(AgentDetails::of).orElseThrow(() -> new UnknownAgentException(name));
    }

    @PUT
    @Operation(summary = "Replace an agent", description = "Description, user, backends and enabled flag; its keys stay."
            + " Disabling it refuses its keys from the next request on.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = AgentDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid input, naming the field",
            content = @Content(mediaType = "application/problem+json"))
    public AgentDetails replace(@NotNull(message = "a JSON body is required") AgentDefinitionRequest request) {
        if (request.name() != null && !request.name().equals(name)) {
            throw new InvalidAgentException("name", "the name cannot change (path says '" + name + "')");
        }
        return AgentDetails.of(registry.update(request.toFields(name).toSpec()));
    }

    @DELETE
    @Operation(summary = "Delete an agent and revoke all its keys")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete() {
        registry.delete(name);
        return Response.noContent().build();
    }
}
