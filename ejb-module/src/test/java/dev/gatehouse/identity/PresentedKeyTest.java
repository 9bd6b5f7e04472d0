package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PresentedKeyTest {

    @Test
    void issuedKeysHaveThePrefixAnIdAnd256BitSecret() {
        PresentedKey.Issued issued = PresentedKey.issue();

        assertThat(issued.token()).matches("ghk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(issued.token()).startsWith("ghk_" + issued.key().id() + "_");
        assertThat(issued.toString()).doesNotContain(issued.token().substring(21));
    }

    @Test
    void issuedKeysDiffer() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(PresentedKey.issue().token());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void aPresentedKeyIsFoundByItsIdAndMatchesOnlyItsOwnHash() {
        PresentedKey.Issued issued = PresentedKey.issue();
        PresentedKey presented = PresentedKey.parse(issued.token()).orElseThrow();
        String other = issued.token().substring(0, issued.token().length() - 1)
                + (issued.token().endsWith("A") ? "B" : "A");

        assertThat(presented.id()).isEqualTo(issued.key().id());
        assertThat(presented.matches(PresentedKey.fromHex(issued.key().hashHex()))).isTrue();
        PresentedKey forged = PresentedKey.parse(other).orElseThrow();
        assertThat(forged.id()).as("same id, found by it").isEqualTo(presented.id());
        assertThat(forged.matches(PresentedKey.fromHex(issued.key().hashHex()))).isFalse();
    }

    @Test
    void presetKeysGetAStableDerivedId() {
        String preset = "sk-support-0123456789abcdefghijklmnopqrstuv";

        PresentedKey a = PresentedKey.parse(preset).orElseThrow();
        PresentedKey b = PresentedKey.parse(preset).orElseThrow();

        assertThat(a.id()).matches("p[0-9a-f]{15}").isEqualTo(b.id());
        assertThat(a).isEqualTo(b);
        assertThat(PresentedKey.parse(preset + "x").orElseThrow().id()).isNotEqualTo(a.id());
        assertThat(a.hashHex()).doesNotContain(preset).hasSize(64);
    }

    @Test
    void refusesWhatCannotBeAKey() {
        assertThat(PresentedKey.parse(null)).isEmpty();
        assertThat(PresentedKey.parse("")).isEmpty();
        assertThat(PresentedKey.parse("two words")).isEmpty();
        assertThat(PresentedKey.parse("naïve-key")).isEmpty();
        assertThat(PresentedKey.parse("x".repeat(513))).isEmpty();
    }
}
