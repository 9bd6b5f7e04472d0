package dev.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditSettingsTest {
    @Test
    void readsRetentionInDaysHoursOrIso() {
        assertThat(AuditSettings.parseRetention("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(AuditSettings.parseRetention("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(AuditSettings.parseRetention("P7D")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void zeroOrOffKeepsEverything() {
        assertThat(AuditSettings.parseRetention("0")).isZero();
        assertThat(AuditSettings.parseRetention("off")).isZero();
        assertThat(AuditSettings.parseRetention("OFF")).isZero();
    }

    @Test
    void durabilityIsBatchedOrStrict() {
        assertThat(AuditSettings.Durability.parse("Strict")).isEqualTo(AuditSettings.Durability.STRICT);
        assertThat(AuditSettings.Durability.parse("batched")).isEqualTo(AuditSettings.Durability.BATCHED);
        assertThatThrownBy(() -> AuditSettings.Durability.parse("sometimes"))
                .hasMessageContaining("gatehouse.audit.durability");
    }

    @Test
    void rejectsCapsTheStoreCannotHold() {
        assertThatThrownBy(() -> new AuditSettings(AuditSettings.Durability.BATCHED, 10, 10, 20_000, Duration.ZERO))
                .hasMessageContaining("gatehouse.audit.preview-max-chars");
    }
}
