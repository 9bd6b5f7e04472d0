package dev.gatehouse.web.admin;

import dev.gatehouse.audit.AuditCursor;
import dev.gatehouse.audit.AuditPage;
import dev.gatehouse.audit.AuditQuery;
import dev.gatehouse.audit.AuditRecorder;
import dev.gatehouse.audit.InvalidAuditQueryException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log: filtered pages of records, newest first, with an opaque cursor. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {
    @Inject
    AuditRecorder recorder;

    @GET
    @Operation(summary = "Search the audit log", description = "Newest first. Every filter is optional; q is a"
            + " case-insensitive substring of the arguments preview or the reasons. Pass nextCursor back as cursor.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AuditListSummary.class)))
    @APIResponse(responseCode = "400", description = "a bad filter, limit or cursor, naming the parameter",
            content = @Content(mediaType = "application/problem+json"))
    public AuditListSummary list(@QueryParam("agent") String agent, @QueryParam("user") String user,
                                 @QueryParam("backend") String backend, @QueryParam("tool") String tool,
                                 @QueryParam("decision") String decision, @QueryParam("action") String action,
                                 @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
                                 @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to,
                                 @QueryParam("q") String q,
                                 @Parameter(description = "1 to 500, default 50") @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        AuditQuery query = new AuditQuery(blank(agent), blank(user), blank(backend), blank(tool), blank(decision),
                blank(action), instant("from", from), instant("to", to), q, limit(limit),
                blank(cursor) == null ? null : AuditCursor.decode(cursor));
        AuditPage page = recorder.query(query);
        return new AuditListSummary(page.records().stream().map(AuditRecordDetails::of).toList(), page.nextCursor());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int limit(String value) {
        if (blank(value) == null) {
            return AuditQuery.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidAuditQueryException("limit", "limit must be a number between 1 and " + AuditQuery.MAX_LIMIT);
        }
    }

    private static Instant instant(String name, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidAuditQueryException(name, name + " must be an ISO-8601 date-time such as 2026-11-24T10:00:00Z");
        }
    }
}
