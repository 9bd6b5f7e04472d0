package dev.gatehouse.web.admin;

import dev.gatehouse.audit.AuditRecorder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One audit record by id. */
@Path("audit/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditRecordResource {
    @Inject
    AuditRecorder recorder;

    @PathParam("id")
    String id;

    @GET
    @Operation(summary = "One audit record")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AuditRecordDetails.class)))
    @APIResponse(responseCode = "404", description = "no record with that id",
            content = @Content(mediaType = "application/problem+json"))
    public AuditRecordDetails get() {
        return AuditRecordDetails.of(recorder.find(id));
    }
}
