package dev.gatehouse.console.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.ApiKeyDescription;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentRowTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 12, 0);

    private static ApiKeyDescription key(String id, LocalDateTime lastUsed, LocalDateTime expires) {
        return new ApiKeyDescription(id, "a", false, NOW.minusDays(10), lastUsed, expires);
    }

    @Test
    void countsKeysThatHaveNotExpiredAndTakesTheLatestUse() {
        List<ApiKeyDescription> keys = List.of(key("1", NOW.minusDays(3), null), key("2", NOW.minusHours(1), NOW.plusDays(1)),
                key("3", NOW.minusMinutes(5), NOW.minusSeconds(1)), key("4", null, null));

        AgentRow row = AgentRow.of(new AgentSpec("a", "", null, Set.of("b2", "b1"), true, 1), keys, NOW);

        assertThat(row.activeKeys()).isEqualTo(3);
        assertThat(row.lastUse()).isEqualTo(NOW.minusMinutes(5));
        assertThat(row.backends()).containsExactly("b1", "b2");
        assertThat(row.unscoped()).isFalse();
    }

    @Test
    void anUnscopedAgentWithoutKeysWasNeverUsed() {
        AgentRow row = AgentRow.of(new AgentSpec("a", "d", null, null, false, 1), List.of(), NOW);

        assertThat(row.unscoped()).isTrue();
        assertThat(row.activeKeys()).isZero();
        assertThat(row.lastUse()).isNull();
        assertThat(KeyRow.of(key("5", null, NOW), NOW).active()).isFalse();
    }
}
