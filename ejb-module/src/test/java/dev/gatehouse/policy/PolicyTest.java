package dev.gatehouse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyTest {
    @Test
    void aChangedSourceIsTheNextVersion() {
        Policy policy = new Policy("p", "package a\ndefault allow := true\n", true);
        assertThat(policy.currentVersion()).isEqualTo(1);

        assertThat(policy.revise("package a\ndefault allow := false\n")).isTrue();

        assertThat(policy.currentVersion()).isEqualTo(2);
        assertThat(policy.source()).contains("false");
    }

    @Test
    void theSameSourceIsNoNewVersion() {
        Policy policy = new Policy("p", "package a\ndefault allow := true\n", true);

        assertThat(policy.revise("package a\ndefault allow := true\n")).isFalse();
        assertThat(policy.currentVersion()).isEqualTo(1);
    }

    @Test
    void eachVersionRecordsItsSourceHashAndAuthor() {
        Policy policy = new Policy("p", "package a\ndefault allow := true\n", true);
        PolicyVersion first = new PolicyVersion(policy, "alice");
        policy.revise("package a\ndefault allow := false\n");
        PolicyVersion second = new PolicyVersion(policy, "bob");

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.source()).contains("true");
        assertThat(first.sha256()).hasSize(64).isNotEqualTo(second.sha256())
                .isEqualTo(PolicyVersion.sha256("package a\ndefault allow := true\n"));
        assertThat(second.author()).isEqualTo("bob");
    }

    @Test
    void theEnabledFlagReportsRealChanges() {
        Policy policy = new Policy("p", "package a\ndefault allow := true\n", true);

        assertThat(policy.enabled(true)).isFalse();
        assertThat(policy.enabled(false)).isTrue();
        assertThat(policy.enabled()).isFalse();
    }

    @Test
    void theEngineSwapsItsSetAtomicallyWithANewGeneration() {
        PolicyEngine engine = new PolicyEngine(PolicySettings.DEFAULTS);
        PolicySet before = engine.current();

        PolicySet after = engine.install(java.util.List.of(CompiledPolicy.compile("echo", 1, Policies.DENY_SECRET_ECHO)));

        assertThat(after.generation()).isGreaterThan(before.generation());
        assertThat(engine.current()).isSameAs(after);
        assertThat(engine.decide(Policies.echo("secret", java.util.Set.of())).decision().allowed()).isFalse();
        assertThat(before.evaluate(Policies.echo("secret", java.util.Set.of()).toValue()).decision().allowed()).isTrue();
    }
}
