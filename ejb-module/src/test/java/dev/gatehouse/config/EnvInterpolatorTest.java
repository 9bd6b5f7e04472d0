package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvInterpolatorTest {
    private final EnvInterpolator interpolator = new EnvInterpolator(Map.of("TOKEN", "t-secret", "HOST", "h")::get);

    @Test
    void replacesReferencesFromTheEnvironment() {
        assertThat(interpolator.interpolate("Bearer ${TOKEN}", "p")).isEqualTo("Bearer t-secret");
        assertThat(interpolator.interpolate("http://${HOST}:${HOST}/", "p")).isEqualTo("http://h:h/");
        assertThat(interpolator.interpolate("no refs $ here", "p")).isEqualTo("no refs $ here");
    }

    @Test
    void doubleDollarEscapesAReference() {
        assertThat(interpolator.interpolate("$${TOKEN} is ${HOST}", "p")).isEqualTo("${TOKEN} is h");
    }

    @Test
    void aMissingVariableNamesItAndThePath() {
        assertThatThrownBy(() -> interpolator.interpolate("${REMOTE_TOKEN}", "credentials[0].token"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("credentials[0].token: environment variable REMOTE_TOKEN is not set");
    }

    @Test
    void rejectsMalformedReferences() {
        assertThatThrownBy(() -> interpolator.interpolate("${TOKEN", "x")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> interpolator.interpolate("${A-B}", "x")).hasMessageContaining("not a valid");
    }
}
