package dev.gatehouse.web.admin;

import dev.gatehouse.policy.InvalidPolicyException;
import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.policy.UnknownPolicyException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One policy: read it, change its source or enabled flag, delete it, read its version history. */
@Path("policies/{name}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "policies")
@APIResponse(responseCode = "404", description = "no policy (or version) of that name",
        content = @Content(mediaType = "application/problem+json"))
public class PolicyResource {
    @Inject
    PolicyStore store;

    @PathParam("name")
    String name;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Read a policy with its current version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PolicyDetails.class)))
    public PolicyDetails get() {
        return store.find(name).map(PolicyDetails::of).orElseThrow(() -> new UnknownPolicyException("named '" + name + "'"));
    }

    @PUT
    @Operation(summary = "Change a policy", description = "Fields left out stay. A different source must compile and"
            + " becomes a new version; the same source writes nothing. Takes effect for the next call on every session.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = PolicyDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid input or compile errors",
            content = @Content(mediaType = "application/problem+json"))
    public PolicyDetails update(@NotNull(message = "a JSON body is required") PolicyRequest request) {
        if (request.name() != null && !request.name().equals(name)) {
            throw new InvalidPolicyException("name", "the name cannot change (path says '" + name + "')");
        }
        return PolicyDetails.of(store.update(name, request.source(), request.enabled(), AdminAuthor.of(security)));
    }

    @DELETE
    @Operation(summary = "Delete a policy and its history")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete() {
        store.delete(name);
        return Response.noContent().build();
    }

    @GET
    @Path("versions")
    @Operation(summary = "The version history, oldest first")
    @APIResponse(responseCode = "200", description = "OK")
    public List<PolicyVersionDetails> versions() {
        return store.versions(name).stream().map(PolicyVersionDetails::of).toList();
    }

    @GET
    @Path("versions/{version}")
    @Operation(summary = "One version of the policy")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = PolicyVersionDetails.class)))
    public PolicyVersionDetails version(@PathParam("version") int version) {
        return PolicyVersionDetails.of(store.version(name, version));
    }
}
