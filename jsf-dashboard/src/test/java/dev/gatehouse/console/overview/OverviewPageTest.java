package dev.gatehouse.console.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.BackendStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewPageTest {
    private static Optional<BackendStatus> status(BackendState state, String lastError) {
        return Optional.of(new BackendStatus(state, Instant.now(), lastError, lastError == null ? null : Instant.now(),
                null, null, null, null));
    }

    @Test
    void failedAndDegradedBackendsNeedAttention() {
        assertThat(OverviewPage.needsAttention(BackendState.FAILED, status(BackendState.FAILED, "refused"))).isTrue();
        assertThat(OverviewPage.needsAttention(BackendState.DEGRADED, status(BackendState.DEGRADED, null))).isTrue();
    }

    @Test
    void aBackendRetryingAfterAFailureNeedsAttentionButAFirstConnectionDoesNot() {
        assertThat(OverviewPage.needsAttention(BackendState.CONNECTING, status(BackendState.CONNECTING, "refused"))).isTrue();
        assertThat(OverviewPage.needsAttention(BackendState.CONNECTING, status(BackendState.CONNECTING, null))).isFalse();
    }

    @Test
    void readyAndDisabledBackendsDoNot() {
        assertThat(OverviewPage.needsAttention(BackendState.READY, status(BackendState.READY, "old error"))).isFalse();
        assertThat(OverviewPage.needsAttention(BackendState.DISABLED, Optional.empty())).isFalse();
    }
}
