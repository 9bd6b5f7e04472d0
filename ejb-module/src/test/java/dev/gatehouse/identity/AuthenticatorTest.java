package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.identity.AuthenticationException.Failure;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    @Test
    void takesTheTokenOfABearerHeaderInAnyCase() {
        assertThat(Authenticator.bearerToken("Bearer ghk_x")).isEqualTo("ghk_x");
        assertThat(Authenticator.bearerToken("bearer  ghk_x ")).isEqualTo("ghk_x");
    }

    @Test
    void noBearerHeaderIsMissingAndAnEmptyTokenInvalid() {
        assertThatThrownBy(() -> Authenticator.bearerToken(null)).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.MISSING));
        assertThatThrownBy(() -> Authenticator.bearerToken("Basic YTpi")).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.MISSING));
        assertThatThrownBy(() -> Authenticator.bearerToken("Bearer   ")).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.INVALID));
    }
}
