package dev.gatehouse.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialRevisionTest {
    private static final CredentialKind STORED = new HeadersCredential(Map.of("X-Api-Key", "stored-key", "X-Tenant", "acme"));

    @Test
    void keepsTheStoredValueOfEveryKeptFieldAndTakesTheGivenOnes() {
        CredentialRevision revision = new CredentialRevision("headers", Map.of(),
                Map.of("headers.X-Tenant", "globex", "headers.X-Extra", "new"), Set.of("headers.X-Api-Key"));

        assertThat(revision.applyTo(STORED)).isEqualTo(new HeadersCredential(
                Map.of("X-Api-Key", "stored-key", "X-Tenant", "globex", "X-Extra", "new")));
    }

    @Test
    void dropsAStoredFieldThatIsNeitherGivenNorKept() {
        CredentialRevision revision = new CredentialRevision("headers", Map.of(), Map.of(), Set.of("headers.X-Tenant"));

        assertThat(revision.applyTo(STORED)).isEqualTo(new HeadersCredential(Map.of("X-Tenant", "acme")));
    }

    @Test
    void keepsABearerToken() {
        CredentialRevision revision = new CredentialRevision("bearer", null, null, Set.of("token"));

        assertThat(revision.applyTo(new BearerCredential("tok-1"))).isEqualTo(new BearerCredential("tok-1"));
    }

    @Test
    void refusesToKeepAFieldThatIsNotStored() {
        CredentialRevision revision = new CredentialRevision("headers", Map.of(), Map.of(), Set.of("headers.X-Missing"));

        assertThatThrownBy(() -> revision.applyTo(STORED)).isInstanceOf(InvalidCredentialException.class)
                .extracting(e -> ((InvalidCredentialException) e).field()).isEqualTo("headers.X-Missing");
    }

    @Test
    void refusesToKeepAcrossAChangeOfKind() {
        CredentialRevision revision = new CredentialRevision("env", Map.of(), Map.of(), Set.of("headers.X-Api-Key"));

        assertThatThrownBy(() -> revision.applyTo(STORED)).isInstanceOf(InvalidCredentialException.class);
    }

    @Test
    void namesTheMissingFieldWhenNothingIsGivenOrKept() {
        CredentialRevision revision = new CredentialRevision("bearer", Map.of(), Map.of(), Set.of());

        assertThatThrownBy(() -> revision.applyTo(new BearerCredential("tok-1")))
                .isInstanceOf(InvalidCredentialException.class)
                .extracting(e -> ((InvalidCredentialException) e).field()).isEqualTo("token");
    }

    @Test
    void standsAloneWhenItKeepsNothing() {
        CredentialRevision revision = new CredentialRevision("env", Map.of(), Map.of("env.API_KEY", "v"), Set.of());

        assertThat(revision.alone()).isEqualTo(new EnvCredential(Map.of("API_KEY", "v")));
        assertThatThrownBy(() -> new CredentialRevision("bearer", null, null, Set.of("token")).alone())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hidesValuesInToString() {
        CredentialRevision revision = new CredentialRevision("headers", Map.of(), Map.of("headers.X-A", "s3cret"), Set.of());

        assertThat(revision.toString()).contains("headers.X-A").doesNotContain("s3cret");
    }
}
