package dev.gatehouse.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static final String SECRET = "s3cr3t-token-value";

    static MasterKey randomKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return MasterKey.fromBase64(0, Base64.getEncoder().encodeToString(raw));
    }

    private final SecretCipher cipher = new SecretCipher(randomKey());

    @Test
    void opensWhatItSealed() {
        String sealed = cipher.seal("remote", "token", SECRET);

        assertThat(sealed).doesNotContain(SECRET);
        assertThat(cipher.open("remote", "token", sealed)).isEqualTo(SECRET);
    }

    @Test
    void drawsAFreshNonceForEverySeal() {
        String first = cipher.seal("remote", "token", SECRET);
        String second = cipher.seal("remote", "token", SECRET);

        assertThat(first).isNotEqualTo(second);
        byte[] a = Base64.getDecoder().decode(first);
        byte[] b = Base64.getDecoder().decode(second);
        assertThat(java.util.Arrays.copyOfRange(a, 2, 14)).isNotEqualTo(java.util.Arrays.copyOfRange(b, 2, 14));
        assertThat(a).hasSize(2 + 12 + SECRET.length() + 16);
    }

    @Test
    void detectsATamperedCiphertext() {
        byte[] raw = Base64.getDecoder().decode(cipher.seal("remote", "token", SECRET));
        raw[raw.length - 20] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.open("remote", "token", tampered))
                .isInstanceOf(CredentialDecryptionException.class)
                .hasMessageContaining("remote")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void bindsTheCiphertextToCredentialAndField() {
        String sealed = cipher.seal("remote", "token", SECRET);

        assertThatThrownBy(() -> cipher.open("other", "token", sealed)).isInstanceOf(CredentialDecryptionException.class);
        assertThatThrownBy(() -> cipher.open("remote", "headers.X", sealed)).isInstanceOf(CredentialDecryptionException.class);
    }

    @Test
    void wrongKeyGivesAClearErrorNamingTheCredentialButNotTheSecret() {
        String sealed = cipher.seal("remote-token", "token", SECRET);
        SecretCipher other = new SecretCipher(randomKey());

        assertThatThrownBy(() -> other.open("remote-token", "token", sealed))
                .isInstanceOf(CredentialDecryptionException.class)
                .hasMessageContaining("credential 'remote-token'")
                .hasMessageContaining("master key is wrong")
                .hasMessageNotContaining(SECRET)
                .satisfies(e -> assertThat(((CredentialDecryptionException) e).credential()).isEqualTo("remote-token"));
    }

    @Test
    void refusesAValueSealedUnderAnotherKeyId() {
        MasterKey key = randomKey();
        String sealed = new SecretCipher(key).seal("c", "token", SECRET);
        SecretCipher rotated = new SecretCipher(new MasterKey(1, key.key()));

        assertThatThrownBy(() -> rotated.open("c", "token", sealed))
                .isInstanceOf(CredentialDecryptionException.class)
                .hasMessageContaining("key id 0");
    }

    @Test
    void masterKeyNeverShowsItsMaterial() {
        String base64 = Base64.getEncoder().encodeToString(new byte[32]);
        MasterKey key = MasterKey.fromBase64(3, base64);

        assertThat(key.toString()).isEqualTo("MasterKey[id=3]");
        assertThatThrownBy(() -> MasterKey.fromBase64(0, "c2hvcnQ="))
                .hasMessageContaining("32 bytes").hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> MasterKey.fromBase64(0, "not base64 !!"))
                .hasMessage("the master key is not valid base64");
    }
}
