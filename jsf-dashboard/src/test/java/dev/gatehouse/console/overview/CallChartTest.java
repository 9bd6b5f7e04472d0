package dev.gatehouse.console.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.audit.AuditMinuteCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallChartTest {
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration FIVE = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-11-24T10:17:42Z");

    @Test
    void windowEndsWithTheBucketHoldingNowAlignedToTheBucketSize() {
        assertThat(CallChart.since(NOW, HOUR, FIVE)).isEqualTo(Instant.parse("2026-11-24T09:20:00Z"));

        CallChart chart = CallChart.of(List.of(), NOW, HOUR, FIVE);

        assertThat(chart.buckets()).hasSize(12);
        assertThat(chart.buckets().getFirst().start()).isEqualTo(Instant.parse("2026-11-24T09:20:00Z"));
        assertThat(chart.buckets().getLast().start()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
        assertThat(chart.buckets()).allMatch(b -> b.total() == 0);
        assertThat(chart.total()).isZero();
    }

    @Test
    void addsMinutesIntoTheirBucketByDecisionAndIgnoresMinutesOutsideTheWindow() {
        List<AuditMinuteCount> counts = List.of(
                new AuditMinuteCount(Instant.parse("2026-11-24T09:19:00Z"), "allow", 100),
                new AuditMinuteCount(Instant.parse("2026-11-24T09:20:00Z"), "allow", 2),
                new AuditMinuteCount(Instant.parse("2026-11-24T09:24:00Z"), "allow", 3),
                new AuditMinuteCount(Instant.parse("2026-11-24T09:24:00Z"), "deny", 1),
                new AuditMinuteCount(Instant.parse("2026-11-24T10:16:00Z"), "error", 4),
                new AuditMinuteCount(Instant.parse("2026-11-24T10:17:00Z"), "deny", 2),
                new AuditMinuteCount(Instant.parse("2026-11-24T10:20:00Z"), "allow", 100));

        CallChart chart = CallChart.of(counts, NOW, HOUR, FIVE);

        assertThat(chart.buckets().getFirst()).isEqualTo(
                new CallChart.Bucket(Instant.parse("2026-11-24T09:20:00Z"), 5, 1, 0));
        assertThat(chart.buckets().getLast()).isEqualTo(
                new CallChart.Bucket(Instant.parse("2026-11-24T10:15:00Z"), 0, 2, 4));
        assertThat(chart.allowed()).isEqualTo(5);
        assertThat(chart.denied()).isEqualTo(3);
        assertThat(chart.errors()).isEqualTo(4);
        assertThat(chart.total()).isEqualTo(12);
    }

    @Test
    void chartJsConfigurationHasOneLabelPerBucketAndAStackedDatasetPerDecision() throws Exception {
        CallChart chart = CallChart.of(List.of(new AuditMinuteCount(Instant.parse("2026-11-24T10:16:00Z"), "deny", 7)),
                NOW, HOUR, FIVE);

        JsonNode config = new ObjectMapper().readTree(chart.json());

        assertThat(config.path("type").asText()).isEqualTo("bar");
        assertThat(config.path("data").path("labels")).hasSize(12);
        assertThat(config.path("data").path("labels").get(11).asText()).isEqualTo("10:15");
        assertThat(config.path("data").path("datasets").findValuesAsText("label")).containsExactly("Allowed", "Denied", "Errors");
        assertThat(config.path("data").path("datasets").get(1).path("data").get(11).asLong()).isEqualTo(7);
        assertThat(config.path("options").path("scales").path("y").path("stacked").asBoolean()).isTrue();
    }

    @Test
    void refusesAWindowThatIsNotWholeBuckets() {
        assertThatThrownBy(() -> CallChart.of(List.of(), NOW, Duration.ofMinutes(62), FIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
