package dev.gatehouse.web.mcp;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class McpRequestsTest {
    @Test
    void acceptsSupportedOrAbsentVersionHeaders() {
        assertThatCode(() -> McpRequests.checkVersionHeader(null)).doesNotThrowAnyException();
        assertThatCode(() -> McpRequests.checkVersionHeader("2025-03-26")).doesNotThrowAnyException();
        assertThatCode(() -> McpRequests.checkVersionHeader("2025-11-25")).doesNotThrowAnyException();
    }

    @Test
    void refusesUnsupportedVersionHeadersWith400() {
        assertThatThrownBy(() -> McpRequests.checkVersionHeader("2024-11-05"))
                .isInstanceOfSatisfying(McpHttpException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> McpRequests.checkVersionHeader("banana")).isInstanceOf(McpHttpException.class);
    }

    @Test
    void malformedMessagesAreInvalidRequests() {
        assertThatThrownBy(() -> McpRequests.message(dev.gatehouse.protocol.McpJson.readTree("{\"id\":1}")))
                .isInstanceOfSatisfying(McpHttpException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.error().code()).isEqualTo(-32600));
    }
}
