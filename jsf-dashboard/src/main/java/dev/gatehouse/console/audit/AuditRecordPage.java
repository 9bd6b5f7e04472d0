package dev.gatehouse.console.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditRecord;
import dev.gatehouse.audit.AuditRecorder;
import dev.gatehouse.console.shell.ConsoleMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** One audit record with every field ({@code /audit/record.xhtml?id=}); an unknown id is a message, not an error page. */
@Named
@RequestScoped
public class AuditRecordPage {
    @Inject
    AuditRecorder recorder;

    private static final ObjectMapper JSON = new ObjectMapper();

    private String id;
    private AuditRecord record;

    /** Finds the record named by the URL; an unknown id leaves the page empty with a message. */
    public void load() {
        if (id == null || id.isBlank()) {
            ConsoleMessages.error(null, "No audit record", "The link names no record.");
            return;
        }
        try {
            record = recorder.find(id.trim());
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Opening the record", e);
        }
    }

    public boolean isFound() {
        return record != null;
    }

    public AuditEvent getEvent() {
        return record.event();
    }

    public String getTime() {
        return AuditRow.time(record.event().time()) + " UTC";
    }

    /** The arguments preview, indented when it is whole JSON (a cut preview is shown as it is). */
    public String getArguments() {
        String preview = record.event().argumentsPreview();
        if (preview == null) {
            return null;
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(preview));
        } catch (JsonProcessingException e) {
            return preview;
        }
    }

    public List<String> getReasons() {
        return record.event().reasons();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
