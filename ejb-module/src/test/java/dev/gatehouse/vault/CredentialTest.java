package dev.gatehouse.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialTest {
    private final SecretCipher cipher = new SecretCipher(SecretCipherTest.randomKey());

    @Test
    void storesSecretsSealedAndOpensThemBack() throws Exception {
        HeadersCredential value = new HeadersCredential(Map.of("X-Api-Key", "very-secret-1"));
        Credential credential = new Credential("api", value, cipher);

        assertThat(stored(credential, "secrets")).contains("headers.X-Api-Key").doesNotContain("very-secret-1");
        assertThat(credential.secretFields()).containsExactly("headers.X-Api-Key");
        assertThat(credential.open(cipher)).isEqualTo(value);
        assertThat(credential.toString()).isEqualTo("Credential[api, headers]");
    }

    @Test
    void replaceChangesKindAndSecrets() {
        Credential credential = new Credential("c", new BearerCredential("one"), cipher);

        credential.replace(new EnvCredential(Map.of("TOKEN", "two")), cipher);

        assertThat(credential.kind()).isEqualTo("env");
        assertThat(credential.open(cipher)).isEqualTo(new EnvCredential(Map.of("TOKEN", "two")));
    }

    @Test
    void openingWithTheWrongKeyNamesTheCredential() {
        Credential credential = new Credential("remote-token", new BearerCredential("abc-secret"), cipher);
        SecretCipher wrong = new SecretCipher(SecretCipherTest.randomKey());

        assertThatThrownBy(() -> credential.open(wrong))
                .isInstanceOf(CredentialDecryptionException.class)
                .hasMessageContaining("remote-token").hasMessageNotContaining("abc-secret");
    }

    @Test
    void refusesSecretsTooLargeForTheirColumnNamingTheField() {
        assertThatThrownBy(() -> new Credential("big", new BearerCredential("t".repeat(12000)), cipher))
                .isInstanceOf(InvalidCredentialException.class)
                .satisfies(e -> assertThat(((InvalidCredentialException) e).field()).isEqualTo("token"));
        assertThatThrownBy(() -> new Credential("big", new HeadersCredential(Map.of("X-A", "v".repeat(12000))), cipher))
                .satisfies(e -> assertThat(((InvalidCredentialException) e).field()).isEqualTo("headers"));
    }

    private static String stored(Credential credential, String field) throws Exception {
        Field f = Credential.class.getDeclaredField(field);
        f.setAccessible(true);
        return (String) f.get(credential);
    }
}
