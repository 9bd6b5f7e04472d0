package dev.gatehouse.web.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.identity.AuthenticationException;
import dev.gatehouse.identity.AuthenticationException.Failure;
import org.junit.jupiter.api.Test;

class McpAuthenticationFilterTest {

    @Test
    void aMissingKeyGetsABareChallenge() {
        assertThat(McpAuthenticationFilter.challenge(new AuthenticationException(Failure.MISSING, "an API key is required")))
                .isEqualTo("Bearer realm=\"gatehouse\"");
    }

    @Test
    void aBadKeyIsInvalidTokenAndADisabledAgentInsufficientScope() {
        assertThat(McpAuthenticationFilter.challenge(new AuthenticationException(Failure.INVALID, "the API key has expired")))
                .isEqualTo("Bearer realm=\"gatehouse\", error=\"invalid_token\", error_description=\"the API key has expired\"");
        assertThat(McpAuthenticationFilter.challenge(new AuthenticationException(Failure.FORBIDDEN, "agent 'a\"b' is disabled")))
                .isEqualTo("Bearer realm=\"gatehouse\", error=\"insufficient_scope\", error_description=\"agent 'a'b' is disabled\"");
    }
}
