package dev.gatehouse.web.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {
    private final OriginPolicy policy = new OriginPolicy(List.of("https://App.example.com/"));

    @Test
    void allowsRequestsWithoutOrigin() {
        assertThat(policy.allows(null, "gatehouse.internal:9080")).isTrue();
    }

    @Test
    void allowsLoopbackOnAnyPort() {
        assertThat(policy.allows("http://localhost:6274", "127.0.0.1:9080")).isTrue();
        assertThat(policy.allows("http://127.0.0.1:3000", "127.0.0.1:9080")).isTrue();
        assertThat(policy.allows("https://[::1]:8443", "127.0.0.1:9080")).isTrue();
    }

    @Test
    void allowsTheRequestsOwnHost() {
        assertThat(policy.allows("http://gatehouse.internal:9080", "gatehouse.internal:9080")).isTrue();
        assertThat(policy.allows("https://gatehouse.example.com", "gatehouse.example.com")).isTrue();
    }

    @Test
    void allowsConfiguredOriginsIgnoringCaseAndTrailingSlash() {
        assertThat(policy.allows("https://app.example.com", "gatehouse.internal:9080")).isTrue();
    }

    @Test
    void refusesForeignOpaqueAndMalformedOrigins() {
        assertThat(policy.allows("http://evil.example", "127.0.0.1:9080")).isFalse();
        assertThat(policy.allows("http://gatehouse.internal:9081", "gatehouse.internal:9080")).isFalse();
        assertThat(policy.allows("null", "127.0.0.1:9080")).isFalse();
        assertThat(policy.allows("file:///etc", "127.0.0.1:9080")).isFalse();
        assertThat(policy.allows("http://local host", "127.0.0.1:9080")).isFalse();
        assertThat(policy.allows("http://localhost.evil.example", "127.0.0.1:9080")).isFalse();
    }
}
