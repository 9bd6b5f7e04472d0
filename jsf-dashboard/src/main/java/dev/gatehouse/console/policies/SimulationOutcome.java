package dev.gatehouse.console.policies;

import dev.gatehouse.policy.Evaluation;
import dev.gatehouse.policy.PolicyResult;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What a simulation shows: the decision ({@code allow}, {@code deny} or {@code error}), every
 * reason, the deciding policy versions, each policy's own result, the evaluation time and the
 * input document the policies saw (pretty JSON).
 */
public record SimulationOutcome(String decision, List<String> reasons, List<String> versions, List<Row> policies,
                                long micros, String against, String input) implements Serializable {

    /** One policy's own result; {@code allow} is {@code ""} when the policy defines no allow rule. */
    public record Row(String policy, int version, String allow, List<String> deny, String error, boolean permits)
            implements Serializable {
        static Row of(PolicyResult r) {
            return new Row(r.policy(), r.version(), r.allow().map(String::valueOf).orElse(""), r.deny(),
                    r.error().orElse(""), r.permits());
        }

        /** {@code allow = true}, {@code allow = false} or {@code no allow rule}. */
        public String allowLabel() {
            return allow.isEmpty() ? "no allow rule" : "allow = " + allow;
        }

        /** {@code draft} for an unsaved source, else {@code v3}. */
        public String versionLabel() {
            return version == 0 ? "draft" : "v" + version;
        }
    }

    static SimulationOutcome of(Evaluation e, String against, String input) {
        return new SimulationOutcome(e.decision().wire(), e.decision().reasons(), e.decision().policyVersions(),
                e.results().stream().map(Row::of).toList(), e.micros(), against, input);
    }

    /** The evaluation time for people: {@code 412 µs} or {@code 3.18 ms}. */
    public String time() {
        return micros < 1000 ? micros + " µs" : String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
    }
}
