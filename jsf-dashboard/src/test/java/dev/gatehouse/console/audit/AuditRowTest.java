package dev.gatehouse.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditRowTest {
    private static final String ID = "01KAT1YJ5Q0000000000000000";

    @Test
    void showsTimeInUtcReasonsJoinedAndACutPreviewWithTheWholeOneKept() {
        String preview = "{\"message\":\"" + "x".repeat(200) + "\"}";
        AuditEvent event = new AuditEvent(Instant.parse("2026-11-24T10:00:00.120Z"), "bot", "alice", "everything",
                "echo", "tools/call", "deny", List.of("first", "second"), preview, 12, "2025-11-25", "s1",
                List.of("p@1"), null);

        AuditRow row = AuditRow.of(new AuditRecord(ID, event));

        assertThat(row.time()).isEqualTo("2026-11-24 10:00:00.120");
        assertThat(row.reasons()).isEqualTo("first; second");
        assertThat(row.preview()).hasSize(AuditRow.PREVIEW_CHARS).endsWith("…");
        assertThat(row.previewFull()).isEqualTo(preview);
        assertThat(row.durationMs()).isEqualTo(12);
    }

    @Test
    void showsADashForMissingPrincipalAndTarget() {
        AuditEvent event = new AuditEvent(Instant.parse("2026-11-24T10:00:00Z"), null, null, null, null, "tools/call",
                "error", List.of("unknown tool"), null, 1, null, null, List.of(), "unknown tool");

        AuditRow row = AuditRow.of(new AuditRecord(ID, event));

        assertThat(row.agent()).isEqualTo("—");
        assertThat(row.backend()).isEqualTo("—");
        assertThat(row.tool()).isEqualTo("—");
        assertThat(row.preview()).isEmpty();
    }
}
