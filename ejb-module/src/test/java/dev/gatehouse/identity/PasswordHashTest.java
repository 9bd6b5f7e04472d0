package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHash hash = PasswordHash.of("correct horse".toCharArray(), 1000);

        assertThat(hash.verify("correct horse".toCharArray())).isTrue();
        assertThat(hash.verify("correct horsE".toCharArray())).isFalse();
        assertThat(hash.verify("".toCharArray())).isFalse();
    }

    @Test
    void newHashesUseAtLeast210000IterationsAndAFreshSalt() {
        PasswordHash a = PasswordHash.of("pw".toCharArray());
        PasswordHash b = PasswordHash.of("pw".toCharArray());

        assertThat(a.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(a.salt()).hasSize(16).isNotEqualTo(b.salt());
        assertThat(a.hash()).hasSize(32).isNotEqualTo(b.hash());
    }

    @Test
    void survivesTheStoredForm() {
        PasswordHash hash = PasswordHash.of("s3cret".toCharArray(), 1000);

        PasswordHash decoded = PasswordHash.decode(hash.encoded());

        assertThat(hash.encoded()).startsWith("pbkdf2-sha256$1000$").doesNotContain("s3cret");
        assertThat(decoded).isEqualTo(hash);
        assertThat(decoded.verify("s3cret".toCharArray())).isTrue();
        assertThat(hash.toString()).doesNotContain(hash.encoded());
    }
}
