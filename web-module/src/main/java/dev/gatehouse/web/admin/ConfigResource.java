package dev.gatehouse.web.admin;

import dev.gatehouse.config.ConfigApplier;
import dev.gatehouse.config.ConfigReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The declarative file: apply it again without a restart. */
@Path("config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "config", description = "The declarative file (GATEHOUSE_CONFIG)")
public class ConfigResource {
    @Inject
    ConfigApplier applier;

    @POST
    @Path("apply")
    @Operation(summary = "Apply the declarative file again", description = "Creates what is missing and updates what"
            + " differs; a file that is already applied changes nothing. Entries it does not mention stay as they are.")
    @APIResponse(responseCode = "200", description = "the writes made (empty when nothing differed)",
            content = @Content(schema = @Schema(implementation = ConfigApplyDetails.class)))
    @APIResponse(responseCode = "400", description = "the file is invalid; errors[].field is the YAML path",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "no declarative file is configured",
            content = @Content(mediaType = "application/problem+json"))
    public ConfigApplyDetails apply() {
        ConfigReport report = applier.reapply();
        return new ConfigApplyDetails(report.file(), report.changes());
    }
}
