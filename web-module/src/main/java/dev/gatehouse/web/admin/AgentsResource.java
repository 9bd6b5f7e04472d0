package dev.gatehouse.web.admin;

import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.InvalidAgentException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** The collection of agents: list them, register a new one. */
@Path("agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agents")
public class AgentsResource {
    @Inject
    AgentRegistry registry;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List agents")
    @APIResponse(responseCode = "200", description = "every agent, in name order")
    public List<AgentDetails> list() {
        return registry.list().stream().map(AgentDetails::of).toList();
    }

    @POST
    @Operation(summary = "Register an agent", description = "Issue its keys with POST /agents/{name}/keys.")
    @APIResponse(responseCode = "201", description = "created; Location names it",
            content = @Content(schema = @Schema(implementation = AgentDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid input (an unknown backend, say), naming the field",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "the name is taken",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull(message = "a JSON body is required") AgentDefinitionRequest request) {
        if (request.name() == null) {
            throw new InvalidAgentException("name", "name is required");
        }
        AgentSpec created = registry.create(request.toFields(null).toSpec());
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
                .entity(AgentDetails.of(created)).build();
    }
}
