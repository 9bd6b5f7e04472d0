package dev.gatehouse.web.admin;

import dev.gatehouse.vault.CredentialDescription;
import dev.gatehouse.vault.CredentialVault;
import dev.gatehouse.vault.InvalidCredentialException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collection of stored credentials: list them (without secrets), store a new one. */
@Path("credentials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "credentials")
public class CredentialsResource {
    @Inject
    CredentialVault vault;

    @Context
    UriInfo uri;

    @GET
    @APIResponse(responseCode = "200", description = "every credential, in name order, without secret values")
    @Operation(summary = "List credentials", description = "Kinds, which secret fields are set and which backends use each; never secret values.")
    public List<CredentialDetails> list() {
        return vault.list().stream().map(CredentialDetails::of).toList();
    }

    @POST
    @Operation(summary = "Store a credential", description = "Secret values are encrypted at rest and never returned.")
    @APIResponse(responseCode = "201", description = "created; Location names it", content = @Content(schema = @Schema(implementation = CredentialDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid input, naming the field",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "the name is taken",
            content = @Content(mediaType = "application/problem+json"))
    public Response create(@NotNull(message = "a JSON body is required") @Valid CredentialRequest request) {
        if (request.name() == null) {
            throw new InvalidCredentialException("name", "name is required");
        }
        CredentialDescription created = vault.create(request.name(), request.toFields().toKind());
        return Response.created(uri.getAbsolutePathBuilder().path(created.name()).build())
                .entity(CredentialDetails.of(created)).build();
    }
}
