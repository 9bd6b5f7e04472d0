package dev.gatehouse.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.gateway.catalog.NamingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {
    @Test
    void readsDurationsWithUnitsIsoOrBareSeconds() {
        assertThat(GatewaySettings.parseDuration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(GatewaySettings.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(GatewaySettings.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(GatewaySettings.parseDuration("PT45M")).isEqualTo(Duration.ofMinutes(45));
        assertThat(GatewaySettings.parseDuration("120")).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void rejectsUnknownUnitsAndPageSizesOutOfRange() {
        assertThatThrownBy(() -> GatewaySettings.parseDuration("3w")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GatewaySettings(NamingMode.PREFIXED, 0, Duration.ofMinutes(1), "1"))
                .hasMessageContaining("gatehouse.gateway.page-size");
    }
}
