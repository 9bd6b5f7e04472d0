package dev.gatehouse.web.admin;

import dev.gatehouse.policy.InvalidPolicyException;
import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.policy.StoredPolicy;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collection of policies: list them, create one (its source must compile). */
@Path("policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "policies")
public class PoliciesResource {
    @Inject
    PolicyStore store;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "List policies", description = "Every policy in name order, with its current version, without source.")
    @APIResponse(responseCode = "200", description = "OK")
    public List<PolicySummary> list() {
        return store.list().stream().map(PolicySummary::of).toList();
    }

    @POST
    @Operation(summary = "Create a policy", description = "The source is compiled first; if it does not compile,"
            + " the 400 lists every error with code, row, column and message, and nothing is saved.")
    @APIResponse(responseCode = "201", description = "created at version 1; Location names it",
            content = @Content(schema = @Schema(implementation = PolicyDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid input or compile errors",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "the name is taken",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull(message = "a JSON body is required") PolicyRequest request) {
        if (request.source() == null) {
            throw new InvalidPolicyException("source", "the policy source is required");
        }
        StoredPolicy created = store.create(request.name(), request.source(),
                request.enabled() == null || request.enabled(), AdminAuthor.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
                .entity(PolicyDetails.of(created)).build();
    }
}
