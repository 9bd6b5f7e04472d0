package dev.gatehouse.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.policy.Evaluation;
import dev.gatehouse.policy.PolicyResult;
import java.util.List;

/**
 * The outcome of a simulation: the decision and its reasons, each policy's own result, the
 * evaluation time, and the input document the policies saw.
 */
public record SimulationDetails(String decision, List<String> reasons, List<String> policyVersions,
                                List<PolicyOutcome> results, long evaluationMicros, JsonNode input) {

    /** One policy's result: {@code allow} is null when the policy defines no allow rule. */
    public record PolicyOutcome(String policy, int version, Boolean allow, List<String> deny, String error) {
        static PolicyOutcome of(PolicyResult r) {
            return new PolicyOutcome(r.policy(), r.version(), r.allow().orElse(null), r.deny(), r.error().orElse(null));
        }
    }

    static SimulationDetails of(Evaluation e, JsonNode input) {
        return new SimulationDetails(e.decision().wire(), e.decision().reasons(), e.decision().policyVersions(),
                e.results().stream().map(PolicyOutcome::of).toList(), e.micros(), input);
    }
}
