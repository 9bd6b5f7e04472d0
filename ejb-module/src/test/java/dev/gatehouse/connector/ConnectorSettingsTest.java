package dev.gatehouse.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectorSettingsTest {
    @Test
    void readsDurationsInEveryAcceptedForm() {
        assertThat(ConnectorSettings.duration("k", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConnectorSettings.duration("k", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(ConnectorSettings.duration("k", "1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(ConnectorSettings.duration("k", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(ConnectorSettings.duration("k", "45")).isEqualTo(Duration.ofSeconds(45));
        assertThat(ConnectorSettings.duration("k", "PT1M")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void rejectsNonsenseNamingTheKey() {
        assertThatThrownBy(() -> ConnectorSettings.duration("gatehouse.backend.request-timeout", "soon"))
                .hasMessage("gatehouse.backend.request-timeout must be a duration such as 500ms, 30s, 5m, 2h or 7d, not 'soon'");
        assertThatThrownBy(() -> new ConnectorSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1))).hasMessageContaining("backoff-max");
    }
}
