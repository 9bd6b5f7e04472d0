package dev.gatehouse.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialKindTest {
    @Test
    void bearerBecomesAnAuthorizationHeader() {
        CredentialKind bearer = new CredentialFields("bearer", "tok-123", null, null).toKind();

        assertThat(bearer.material().headers()).containsExactly(Map.entry("Authorization", "Bearer tok-123"));
        assertThat(bearer.suits("http")).isTrue();
        assertThat(bearer.suits("stdio")).isFalse();
        assertThat(bearer.toString()).doesNotContain("tok-123");
    }

    @Test
    void headersAndEnvKeepEveryValueSecret() {
        CredentialKind headers = new HeadersCredential(Map.of("X-Api-Key", "k1", "X-Tenant", "t1"));
        CredentialKind env = new EnvCredential(Map.of("API_KEY", "k2"));

        assertThat(headers.secrets()).containsOnlyKeys("headers.X-Api-Key", "headers.X-Tenant");
        assertThat(headers.material().headers()).containsEntry("X-Api-Key", "k1");
        assertThat(env.material().environment()).containsExactly(Map.entry("API_KEY", "k2"));
        assertThat(env.suits("stdio")).isTrue();
        assertThat(headers + " " + env + " " + env.material()).doesNotContain("k1", "t1", "k2")
                .contains("X-Api-Key", "API_KEY");
    }

    @Test
    void rebuildsEachKindFromItsStoredParts() {
        for (CredentialKind kind : new CredentialKind[]{new BearerCredential("a"),
                new HeadersCredential(Map.of("X-A", "b")), new EnvCredential(Map.of("A", "c"))}) {
            assertThat(CredentialKind.of(kind.kind(), kind.settings(), kind.secrets())).isEqualTo(kind);
        }
    }

    @Test
    void validationNamesTheFieldAndNeverTheValue() {
        assertThatThrownBy(() -> new CredentialFields("bearer", null, null, null).toKind())
                .isInstanceOf(InvalidCredentialException.class)
                .satisfies(e -> assertThat(((InvalidCredentialException) e).field()).isEqualTo("token"));
        assertThatThrownBy(() -> new CredentialFields("bearer", "x", Map.of("A", "b"), null).toKind())
                .satisfies(e -> assertThat(((InvalidCredentialException) e).field()).isEqualTo("headers"));
        assertThatThrownBy(() -> new CredentialFields("oauth", null, null, null).toKind())
                .satisfies(e -> assertThat(((InvalidCredentialException) e).field()).isEqualTo("kind"));
        assertThatThrownBy(() -> new HeadersCredential(Map.of("X-A", "line\nbreak-secret")))
                .satisfies(e -> assertThat(((InvalidCredentialException) e).field()).isEqualTo("headers.X-A"))
                .hasMessageNotContaining("break-secret");
        assertThatThrownBy(() -> new EnvCredential(Map.of("1BAD", "v")))
                .satisfies(e -> assertThat(((InvalidCredentialException) e).field()).isEqualTo("env"));
    }

    @Test
    void mapsEachKindToTheTransportItServes() {
        assertThat(CredentialKind.transportFor("bearer")).isEqualTo("http");
        assertThat(CredentialKind.transportFor("headers")).isEqualTo("http");
        assertThat(CredentialKind.transportFor("env")).isEqualTo("stdio");
    }
}
