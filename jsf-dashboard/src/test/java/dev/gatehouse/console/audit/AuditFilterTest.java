package dev.gatehouse.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.audit.AuditQuery;
import dev.gatehouse.audit.InvalidAuditQueryException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AuditFilterTest {
    @Test
    void blankFiltersAreNoFilters() {
        AuditFilter filter = new AuditFilter();
        filter.setAgent(" ");
        filter.setDecision("");

        AuditQuery query = filter.query(50, null);

        assertThat(filter.isActive()).isFalse();
        assertThat(query).isEqualTo(AuditQuery.latest(50));
    }

    @Test
    void carriesEveryFilterIntoTheStoreQueryTrimmed() {
        AuditFilter filter = new AuditFilter();
        filter.setAgent(" bot ");
        filter.setUser("alice");
        filter.setBackend("everything");
        filter.setTool("echo");
        filter.setAction("tools/call");
        filter.setDecision("deny");
        filter.setText("secret");
        filter.setFrom("2026-11-24T10:00:00Z");
        filter.setTo("2026-11-24T11:00:00Z");

        AuditQuery query = filter.query(20, null);

        assertThat(filter.isActive()).isTrue();
        assertThat(query).isEqualTo(new AuditQuery("bot", "alice", "everything", "echo", "deny", "tools/call",
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"), "secret", 20, null));
    }

    @Test
    void datePickersEditTheRangeInUtc() {
        AuditFilter filter = new AuditFilter();

        filter.setFromTime(LocalDateTime.parse("2026-11-24T10:15:30"));

        assertThat(filter.getFrom()).isEqualTo("2026-11-24T10:15:30Z");
        assertThat(filter.getFromTime()).isEqualTo(LocalDateTime.parse("2026-11-24T10:15:30"));
        assertThat(filter.getToTime()).isNull();
    }

    @Test
    void quickRangeStartsThatLongBeforeNowAndIsOpenEnded() {
        AuditFilter filter = new AuditFilter();
        filter.setTo("2026-11-24T09:00:00Z");

        filter.last(Duration.ofMinutes(15), Instant.parse("2026-11-24T10:20:05.900Z"));

        assertThat(filter.getFrom()).isEqualTo("2026-11-24T10:05:05Z");
        assertThat(filter.getTo()).isNull();
    }

    @Test
    void aMalformedTimeInTheUrlNamesTheParameter() {
        AuditFilter filter = new AuditFilter();
        filter.setFrom("yesterday");

        assertThatThrownBy(() -> filter.query(50, null)).isInstanceOf(InvalidAuditQueryException.class)
                .hasMessageContaining("from");
    }
}
