package dev.gatehouse.web.admin;

import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collection of registered backends: list them with their state, register a new one. */
@Path("backends")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "backends")
public class BackendsResource {
    @Inject
    BackendRegistry registry;

    @Inject
    LiveBackends live;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List backends", description = "Every registered backend with its state and catalog sizes, plus counts by state.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BackendListSummary.class)))
    public BackendListSummary list() {
        List<BackendSummary> summaries = registry.specs().stream().map(live::summary).toList();
        Map<String, Integer> byState = new TreeMap<>();
        summaries.forEach(s -> byState.merge(s.state(), 1, Integer::sum));
        return new BackendListSummary(summaries.size(), byState, summaries);
    }

    @POST
    @Operation(summary = "Register a backend")
    @APIResponse(responseCode = "201", description = "registered; Location names it",
            content = @Content(schema = @Schema(implementation = BackendDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid input, naming the field",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "the name is taken",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull(message = "a JSON body is required") @Valid BackendRequest request) {
        if (request.name() == null) {
            throw new dev.gatehouse.registry.InvalidBackendException("name", "name is required");
        }
        BackendSpec created = registry.create(request.toFields(null).toSpec());
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
                .entity(live.details(created)).build();
    }
}
