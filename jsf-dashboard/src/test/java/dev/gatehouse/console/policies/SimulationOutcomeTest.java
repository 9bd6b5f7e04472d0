package dev.gatehouse.console.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.policy.Decision;
import dev.gatehouse.policy.Evaluation;
import dev.gatehouse.policy.PolicyResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulationOutcomeTest {

    @Test
    void showsTheDecisionReasonsAndEachPolicysOwnResult() {
        Evaluation evaluation = new Evaluation(
                new Decision.Deny(List.of("policy 'b': echo is off"), List.of("a@2", "b@0")),
                List.of(new PolicyResult("a", 2, Optional.of(true), List.of(), Optional.empty()),
                        new PolicyResult("b", 0, Optional.empty(), List.of("echo is off"), Optional.empty())),
                1234);

        SimulationOutcome outcome = SimulationOutcome.of(evaluation, "the draft 'b'", "{}");

        assertThat(outcome.decision()).isEqualTo("deny");
        assertThat(outcome.reasons()).containsExactly("policy 'b': echo is off");
        assertThat(outcome.policies()).extracting(SimulationOutcome.Row::versionLabel).containsExactly("v2", "draft");
        assertThat(outcome.policies()).extracting(SimulationOutcome.Row::allowLabel)
                .containsExactly("allow = true", "no allow rule");
        assertThat(outcome.policies()).extracting(SimulationOutcome.Row::permits).containsExactly(true, false);
        assertThat(outcome.time()).isEqualTo("1.23 ms");
    }

    @Test
    void anEvaluationErrorIsShownAndDoesNotPermit() {
        Evaluation evaluation = new Evaluation(new Decision.Error("policy 'c' failed: boom", List.of("c@1")),
                List.of(new PolicyResult("c", 1, Optional.empty(), List.of(), Optional.of("boom"))), 87);

        SimulationOutcome outcome = SimulationOutcome.of(evaluation, "the enabled policies", "{}");

        assertThat(outcome.decision()).isEqualTo("error");
        assertThat(outcome.policies().getFirst().error()).isEqualTo("boom");
        assertThat(outcome.policies().getFirst().permits()).isFalse();
        assertThat(outcome.time()).isEqualTo("87 µs");
    }

    @Test
    void compileProblemsSayWhereTheyAre() {
        assertThat(new CompileProblem("rego_parse_error", 4, 24, "x").position()).isEqualTo("line 4, column 24");
        assertThat(new CompileProblem("rego_parse_error", 4, 0, "x").position()).isEqualTo("line 4");
        assertThat(new CompileProblem("rego_compile_error", 0, 0, "x").position()).isEqualTo("no position");
    }
}
