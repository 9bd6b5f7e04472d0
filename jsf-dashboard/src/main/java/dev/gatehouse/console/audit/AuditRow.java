package dev.gatehouse.console.audit;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditRecord;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One audit record as the feed shows it: strings only, times in UTC, the arguments preview
 * both cut for the cell and whole for the hover title.
 */
public record AuditRow(String id, String time, String agent, String user, String backend, String tool,
                       String action, String decision, String reasons, String preview, String previewFull,
                       long durationMs) implements Serializable {
    static final int PREVIEW_CHARS = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    /** The row of a stored record. */
    public static AuditRow of(AuditRecord record) {
        AuditEvent e = record.event();
        String full = e.argumentsPreview() == null ? "" : e.argumentsPreview();
        return new AuditRow(record.id(), time(e.time()), dash(e.agent()), dash(e.user()), dash(e.backend()),
                dash(e.tool()), e.action(), e.decision(), String.join("; ", e.reasons()), cut(full, PREVIEW_CHARS),
                full, e.durationMs());
    }

    /** A UTC time as the console prints it. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
