package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminRealmTest {
    private final AdminRealm realm = new AdminRealm();

    @BeforeEach
    void configure() {
        realm.user = "ops";
        realm.configuredPassword = Optional.of("s3cret-pass");
        realm.setUp();
    }

    @Test
    void signInFormAndBasicHeaderAcceptTheSameCredential() {
        assertThat(realm.authenticate("ops", "s3cret-pass")).isEqualTo(Principal.operator("ops"));
        assertThat(realm.authenticate(basic("ops:s3cret-pass"))).isEqualTo(Principal.operator("ops"));
    }

    @Test
    void refusesAWrongUserOrPasswordOnEitherPath() {
        assertThatThrownBy(() -> realm.authenticate("ops", "wrong")).isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> realm.authenticate("root", "s3cret-pass")).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> realm.authenticate(null, null)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> realm.authenticate(basic("ops:wrong"))).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void tellsAMissingBasicHeaderFromAMalformedOne() {
        assertThatThrownBy(() -> realm.authenticate((String) null))
                .satisfies(e -> assertThat(((AuthenticationException) e).failure()).isEqualTo(AuthenticationException.Failure.MISSING));
        assertThatThrownBy(() -> realm.authenticate("Basic !!!"))
                .satisfies(e -> assertThat(((AuthenticationException) e).failure()).isEqualTo(AuthenticationException.Failure.INVALID));
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
