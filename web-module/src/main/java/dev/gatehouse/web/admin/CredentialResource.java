package dev.gatehouse.web.admin;

import dev.gatehouse.vault.CredentialVault;
import dev.gatehouse.vault.InvalidCredentialException;
import dev.gatehouse.vault.UnknownCredentialException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

/** One credential: describe it (no secrets), replace it, delete it (refused while backends use it). */
@Path("credentials/{name}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "credentials")
@APIResponse(responseCode = "404", description = "no credential of that name",
        content = @Content(mediaType = "application/problem+json"))
public class CredentialResource {
    @Inject
    CredentialVault vault;

    @PathParam("name")
    String name;

    @GET
    @Operation(summary = "Describe a credential (never its secret values)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CredentialDetails.class)))
    public CredentialDetails get() {
        return vault.find(name).map(CredentialDetails::of).orElseThrow(() -> new UnknownCredentialException(name));
    }

    @PUT
    @Operation(summary = "Replace a credential", description = "Give the kind and all its fields, secrets included."
            + " Storing what is already stored changes nothing.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = CredentialDetails.class)))
    public CredentialDetails replace(@NotNull(message = "a JSON body is required") @Valid CredentialRequest request) {
        if (request.name() != null && !request.name().equals(name)) {
            throw new InvalidCredentialException("name", "the name cannot change (path says '" + name + "')");
        }
        return CredentialDetails.of(vault.replace(name, request.toFields().toKind()));
    }

    @DELETE
    @Operation(summary = "Delete a credential")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "409", description = "backends still use it",
            content = @Content(mediaType = "application/problem+json"))
    public Response delete() {
        vault.delete(name);
        return Response.noContent().build();
    }
}
