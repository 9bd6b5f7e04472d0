package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.gateway.DirectCallResult;
import dev.gatehouse.gateway.DirectCalls;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.registry.UnknownBackendException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One backend: its definition and live state, its catalog, and direct tool calls. */
@Path("backends/{name}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "backends")
@APIResponse(responseCode = "404", description = "no backend of that name",
        content = @Content(mediaType = "application/problem+json"))
public class BackendResource {
    @Inject
    BackendRegistry registry;

    @Inject
    LiveBackends live;

    @Inject
    DirectCalls calls;

    @Context
    SecurityContext security;

    @PathParam("name")
    String name;

    @GET
    @Operation(summary = "A backend's definition, status (state, last error, protocol version, server info, capabilities) and catalog sizes")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BackendDetails.class)))
    public BackendDetails get() {
        return live.details(spec());
    }

    @PUT
    @Operation(summary = "Replace a backend's definition", description = "The name in the body, if given, must match the path.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BackendDetails.class)))
    @APIResponse(responseCode = "400", description = "invalid input, naming the field",
            content = @Content(mediaType = "application/problem+json"))
    public BackendDetails update(@NotNull(message = "a JSON body is required") @Valid BackendRequest request) {
        if (request.name() != null && !request.name().equals(name)) {
            throw new InvalidBackendException("name", "the name cannot change (path says '" + name + "')");
        }
        spec();
        return live.details(registry.update(request.toFields(name).toSpec()));
    }

    @DELETE
    @Operation(summary = "Unregister a backend")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete() {
        registry.delete(name);
        return Response.noContent().build();
    }

    @POST
    @Path("enable")
    @Operation(summary = "Enable a backend (connect to it)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BackendDetails.class)))
    public BackendDetails enable() {
        return live.details(registry.enable(name));
    }

    @POST
    @Path("disable")
    @Operation(summary = "Disable a backend (disconnect; its entries leave the aggregate)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BackendDetails.class)))
    public BackendDetails disable() {
        return live.details(registry.disable(name));
    }

    @GET
    @Path("tools")
    @APIResponse(responseCode = "200", description = "the backend name, its state and the entries exactly as the backend lists them")
    @Operation(summary = "The backend's tools, exactly as it lists them (input and output schemas, annotations)")
    public ObjectNode tools() {
        return entries(CatalogKind.TOOLS);
    }

    @GET
    @Path("resources")
    @APIResponse(responseCode = "200", description = "the backend name, its state and the entries exactly as the backend lists them")
    @Operation(summary = "The backend's resources (URI, MIME type, description)")
    public ObjectNode resources() {
        return entries(CatalogKind.RESOURCES);
    }

    @GET
    @Path("resource-templates")
    @APIResponse(responseCode = "200", description = "the backend name, its state and the entries exactly as the backend lists them")
    @Operation(summary = "The backend's resource templates")
    public ObjectNode resourceTemplates() {
        return entries(CatalogKind.RESOURCE_TEMPLATES);
    }

    @GET
    @Path("prompts")
    @APIResponse(responseCode = "200", description = "the backend name, its state and the entries exactly as the backend lists them")
    @Operation(summary = "The backend's prompts (with arguments)")
    public ObjectNode prompts() {
        return entries(CatalogKind.PROMPTS);
    }

    @POST
    @Path("tools/{tool}/call")
    @Operation(summary = "Call one tool directly", description = "The body is the tool's arguments object;"
            + " the response carries the backend's tools/call result unchanged and the duration. The call is"
            + " decided by the policies (action tools/call, principal = the administrator) and audited like an agent's.")
    @RequestBody(description = "the tool's arguments, a JSON object (may be empty)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = ToolCallDetails.class)))
    @APIResponse(responseCode = "403", description = "the policies deny the call (the reasons are in the detail); it is audited",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "the backend is not ready",
            content = @Content(mediaType = "application/problem+json"))
    public ToolCallDetails call(@PathParam("tool") String tool, JsonNode arguments) throws InterruptedException {
        spec();
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            throw new InvalidBackendException("arguments", "the body must be a JSON object of tool arguments");
        }
        DirectCallResult done = calls.call(administrator(), name, tool, arguments);
        return new ToolCallDetails(done.backend(), done.tool(), done.result(), done.durationMs());
    }

    /** The authenticated administrator (the {@code AdminAuthenticationFilter} set the security context). */
    private Principal administrator() {
        return Principal.operator(AdminAuthor.of(security));
    }

    private ObjectNode entries(CatalogKind kind) {
        BackendSpec spec = spec();
        ObjectNode out = McpJson.object().put("backend", name).put("state", live.status(spec).state());
        out.putArray(kind.resultField()).addAll(live.catalog(name).entries(kind));
        return out;
    }

    private BackendSpec spec() {
        return registry.spec(name).orElseThrow(() -> new UnknownBackendException(name));
    }
}
