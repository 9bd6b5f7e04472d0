package dev.gatehouse.console.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.vault.CredentialKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KindChoiceTest {
    @Test
    void offersEveryKindTheVaultPermits() {
        assertThat(KindChoice.all()).extracting(KindChoice::kind).containsExactlyInAnyOrderElementsOf(CredentialKind.KINDS);
        assertThat(KindChoice.all()).hasSameSizeAs(Arrays.asList(CredentialKind.class.getPermittedSubclasses()));
    }

    @Test
    void saysWhichTransportEachKindSuitsAndHowItIsEdited() {
        assertThat(KindChoice.named("bearer")).get().satisfies(c -> {
            assertThat(c.transport()).isEqualTo("http");
            assertThat(c.rows()).isFalse();
        });
        assertThat(KindChoice.named("headers")).get().satisfies(c -> {
            assertThat(c.transport()).isEqualTo("http");
            assertThat(c.rowPrefix()).isEqualTo("headers.");
        });
        assertThat(KindChoice.named("env")).get().satisfies(c -> {
            assertThat(c.transport()).isEqualTo("stdio");
            assertThat(c.rowLabel()).isEqualTo("Variable");
        });
        assertThat(KindChoice.named("oauth")).isEmpty();
    }
}
