package dev.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsEverySuffixIsoAndFractions() {
        assertThat(Durations.parse("k", "500ms", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("k", "30s", ChronoUnit.SECONDS)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("k", "1.5s", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("k", " 5M ", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("k", "2h", ChronoUnit.SECONDS)).isEqualTo(Duration.ofHours(2));
        assertThat(Durations.parse("k", "7d", ChronoUnit.SECONDS)).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("k", "PT45M", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMinutes(45));
        assertThat(Durations.parse("k", "P7D", ChronoUnit.SECONDS)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void readsABareNumberInTheSettingsOwnUnit() {
        assertThat(Durations.parse("k", "45", ChronoUnit.SECONDS)).isEqualTo(Duration.ofSeconds(45));
        assertThat(Durations.parse("k", "250", ChronoUnit.MILLIS)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void refusesAnythingElseNamingTheSetting() {
        for (String bad : new String[]{"soon", "", "3w", "-5s", "1.5.2s", "ms", "PT"}) {
            assertThatThrownBy(() -> Durations.parse("gatehouse.backend.request-timeout", bad, ChronoUnit.SECONDS))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("gatehouse.backend.request-timeout").hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> Durations.parse("k", null, ChronoUnit.SECONDS)).isInstanceOf(IllegalArgumentException.class);
    }
}
