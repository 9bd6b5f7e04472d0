package dev.gatehouse.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicySetTest {
    private static PolicySet set(PolicySettings settings, CompiledPolicy... policies) {
        return new PolicySet(1, List.of(policies), settings);
    }

    private static PolicySet set(CompiledPolicy... policies) {
        return set(PolicySettings.DEFAULTS, policies);
    }

    @Test
    void allowsWhenNoPolicyObjects() {
        Evaluation e = set(CompiledPolicy.compile("echo", 3, Policies.DENY_SECRET_ECHO))
                .evaluate(Policies.echo("hello", Set.of()).toValue());
        assertThat(e.decision()).isEqualTo(new Decision.Allow(List.of("echo@3")));
        assertThat(e.results()).singleElement().satisfies(r -> {
            assertThat(r.allow()).isEmpty();
            assertThat(r.deny()).isEmpty();
        });
    }

    @Test
    void deniesWithThePolicysMessages() {
        Evaluation e = set(CompiledPolicy.compile("echo", 2, Policies.DENY_SECRET_ECHO))
                .evaluate(Policies.echo("my secret", Set.of()).toValue());
        assertThat(e.decision()).isInstanceOf(Decision.Deny.class);
        assertThat(e.decision().reasons()).containsExactly("policy 'echo': echo must not carry secrets");
        assertThat(e.decision().policyVersions()).containsExactly("echo@2");
    }

    @Test
    void deniesWhenNoAllowRuleMatched() {
        PolicySet set = set(CompiledPolicy.compile("groups", 1, Policies.ONLY_SUPPORT));
        assertThat(set.evaluate(Policies.echo("x", Set.of("support")).toValue()).decision().allowed()).isTrue();
        Decision denied = set.evaluate(Policies.echo("x", Set.of("sales")).toValue()).decision();
        assertThat(denied.wire()).isEqualTo("deny");
        assertThat(denied.reasons()).containsExactly("policy 'groups': no allow rule matched");
    }

    @Test
    void needsEveryPolicyToPermit() {
        PolicySet set = set(CompiledPolicy.compile("echo", 1, Policies.DENY_SECRET_ECHO),
                CompiledPolicy.compile("groups", 1, Policies.ONLY_SUPPORT));
        Evaluation e = set.evaluate(Policies.echo("secret", Set.of()).toValue());
        assertThat(e.decision().reasons()).containsExactly("policy 'echo': echo must not carry secrets",
                "policy 'groups': no allow rule matched");
        assertThat(e.decision().policyVersions()).containsExactly("echo@1", "groups@1");
    }

    @Test
    void appliesTheDefaultWithoutPolicies() {
        assertThat(set().evaluate(Policies.echo("x", Set.of()).toValue()).decision())
                .isEqualTo(new Decision.Allow(List.of()));
        Decision denied = set(new PolicySettings(false, Duration.ofMillis(50), 1000))
                .evaluate(Policies.echo("x", Set.of()).toValue()).decision();
        assertThat(denied.wire()).isEqualTo("deny");
        assertThat(denied.reasons()).containsExactly("no policy is enabled and the default is deny");
    }

    @Test
    void failsClosedWhileAnEnabledPolicyNoLongerCompiles() {
        PolicyResult uncompilable = new PolicyResult("stale", 3, Optional.empty(), List.of(),
                Optional.of("the stored policy no longer compiles: [rego_compile_error]"));
        Evaluation alone = new PolicySet(1, List.of(), List.of(uncompilable), PolicySettings.DEFAULTS)
                .evaluate(Policies.echo("x", Set.of()).toValue());
        assertThat(alone.decision().wire()).as("the allow default must not apply").isEqualTo("error");
        assertThat(alone.decision().reasons()).singleElement().asString()
                .startsWith("policy 'stale' failed: the stored policy no longer compiles");

        CompiledPolicy permissive = CompiledPolicy.compile("open", 1, """
                package gatehouse.open
                import rego.v1
                allow := true
                """);
        Evaluation withOthers = new PolicySet(1, List.of(permissive), List.of(uncompilable), PolicySettings.DEFAULTS)
                .evaluate(Policies.echo("x", Set.of()).toValue());
        assertThat(withOthers.decision().wire()).isEqualTo("error");
        assertThat(withOthers.decision().policyVersions()).containsExactly("stale@3", "open@1");
    }

    @Test
    void failsClosedOnARuntimeError() {
        CompiledPolicy broken = CompiledPolicy.compile("broken", 4, """
                package gatehouse.broken
                import rego.v1
                allow if {
                    x := to_number(input.arguments.message)
                    x > 1
                }
                """);
        Evaluation e = new PolicySet(1, List.of(broken), PolicySettings.DEFAULTS)
                .evaluate(Policies.echo("not a number", Set.of()).toValue());
        assertThat(e.decision()).isInstanceOf(Decision.Error.class);
        assertThat(e.decision().wire()).isEqualTo("error");
        assertThat(e.decision().reasons()).singleElement().asString().startsWith("policy 'broken' failed: ")
                .contains("eval_builtin_error");
    }

    @Test
    void failsClosedWhenTheStepBudgetIsExceeded() {
        CompiledPolicy slow = CompiledPolicy.compile("slow", 1, """
                package gatehouse.slow
                import rego.v1
                allow if count([x | some x in numbers.range(1, 100000); x % 7 == 0]) > 0
                """);
        Evaluation e = set(new PolicySettings(true, Duration.ofMillis(50), 500), slow)
                .evaluate(Policies.echo("x", Set.of()).toValue());
        assertThat(e.decision()).isInstanceOf(Decision.Error.class);
        assertThat(e.results()).singleElement().satisfies(r -> assertThat(r.error()).isPresent());
    }

    @Test
    void failsClosedWhenTheDeadlinePasses() {
        CompiledPolicy slow = CompiledPolicy.compile("slow", 1, """
                package gatehouse.slow
                import rego.v1
                allow if count([x | some x in numbers.range(1, 5000000); x % 7 == 0]) > 0
                """);
        Evaluation e = set(new PolicySettings(true, Duration.ofMillis(1), Long.MAX_VALUE), slow)
                .evaluate(Policies.echo("x", Set.of()).toValue());
        assertThat(e.decision().wire()).isEqualTo("error");
        assertThat(e.decision().reasons()).singleElement().asString().contains("slow");
    }

    @Test
    void rejectsAPolicyWithoutAllowOrDeny() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompiledPolicy.compile("empty", 0, "package x\nfoo := 1\n"))
                .isInstanceOfSatisfying(PolicyCompileException.class, e -> assertThat(e.errors()).isNotEmpty());
    }

    @Test
    void reportsCompileErrorsWithPositions() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompiledPolicy.compile("bad", 0, """
                package gatehouse.bad
                import rego.v1
                allow if {
                    input.tool.name == undefined_var
                }
                """)).isInstanceOfSatisfying(PolicyCompileException.class, e -> assertThat(e.errors()).first()
                .satisfies(err -> {
                    assertThat(err.file()).isEqualTo("bad.rego");
                    assertThat(err.row()).isEqualTo(4);
                    assertThat(err.col()).isPositive();
                    assertThat(err.code()).isEqualTo("rego_unsafe_var_error");
                }));
    }

    @Test
    void readsThePackageFromTheModule() {
        CompiledPolicy p = CompiledPolicy.compile("odd", 1, "package gatehouse[\"odd-name\"]\ndefault allow := true\n");
        assertThat(p.packagePath()).containsExactly("gatehouse", "odd-name");
        assertThat(new PolicySet(1, List.of(p), PolicySettings.DEFAULTS)
                .evaluate(Policies.echo("x", Set.of()).toValue()).decision().allowed()).isTrue();
    }
}
