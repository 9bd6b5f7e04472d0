package dev.gatehouse.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one JAX-RS application of the web module, at {@code /api/v1}. Resources and providers
 * (the Jackson body provider, the problem-detail mappers) are discovered by annotation scan.
 * The MCP endpoint is a servlet at {@code /mcp}, outside this application.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Gatehouse admin API", version = "1",
                description = "Register MCP backends and their credentials, watch their state and catalogs,"
                        + " call tools directly. Errors are RFC 9457 problem details (application/problem+json)."),
        tags = {@Tag(name = "backends", description = "Registered MCP servers, their status and catalogs"),
                @Tag(name = "credentials", description = "Write-only secrets that backends use"),
                @Tag(name = "config", description = "The declarative file (GATEHOUSE_CONFIG)")})
public class GatehouseApi extends Application {
}
