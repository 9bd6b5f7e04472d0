package dev.gatehouse.web.mcp;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.protocol.ProtocolVersion;
import org.junit.jupiter.api.Test;

class McpRequestsTest {
    @Test
    void acceptsSupportedOrAbsentVersionHeaders() {
        assertThatCode(() -> McpRequests.checkVersionHeader(null, ProtocolVersion.V2025_11_25)).doesNotThrowAnyException();
        assertThatCode(() -> McpRequests.checkVersionHeader("2025-03-26", ProtocolVersion.V2025_11_25)).doesNotThrowAnyException();
        assertThatCode(() -> McpRequests.checkVersionHeader("2025-11-25", ProtocolVersion.V2025_11_25)).doesNotThrowAnyException();
    }

    @Test
    void refusesUnsupportedVersionHeadersWith400() {
        assertThatThrownBy(() -> McpRequests.checkVersionHeader("2024-11-05", ProtocolVersion.V2025_11_25))
                .isInstanceOfSatisfying(McpHttpException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> McpRequests.checkVersionHeader("banana", ProtocolVersion.V2025_11_25)).isInstanceOf(McpHttpException.class);
    }

    @Test
    void malformedMessagesAreInvalidRequests() {
        assertThatThrownBy(() -> McpRequests.message(dev.gatehouse.protocol.McpJson.readTree("{\"id\":1}")))
                .isInstanceOfSatisfying(McpHttpException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.error().code()).isEqualTo(-32600));
    }

    @Test
    void cappedStreamFailsPastItsCap() throws Exception {
        var capped = new CappedInputStream(new java.io.ByteArrayInputStream(new byte[10]), 9);

        assertThatThrownBy(() -> capped.readAllBytes()).isInstanceOf(CappedInputStream.TooLargeException.class);
        assertThatCode(() -> new CappedInputStream(new java.io.ByteArrayInputStream(new byte[10]), 10).readAllBytes())
                .doesNotThrowAnyException();
    }
}
