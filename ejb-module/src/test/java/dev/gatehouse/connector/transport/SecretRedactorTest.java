package dev.gatehouse.connector.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.vault.CredentialMaterial;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {
    @Test
    void hidesHeaderValuesBearerTokensAndEnvironmentValues() {
        SecretRedactor redactor = SecretRedactor.of(new CredentialMaterial(
                Map.of("Authorization", "Bearer abc.def", "X-Key", "k-1"), Map.of("TOKEN", "envsecret")));
        assertThat(redactor.redact("sent Bearer abc.def, then abc.def alone, k-1 and envsecret"))
                .isEqualTo("sent ***, then *** alone, *** and ***");
    }

    @Test
    void leavesTextAloneWithoutSecrets() {
        assertThat(SecretRedactor.of(CredentialMaterial.NONE).redact("plain")).isEqualTo("plain");
        assertThat(SecretRedactor.NONE.redact(null)).isNull();
    }
}
