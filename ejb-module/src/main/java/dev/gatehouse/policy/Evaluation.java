package dev.gatehouse.policy;

import java.util.List;

/**
 * A decision with the evidence behind it: each policy's own result and how long the
 * evaluation took. Enforcement uses the decision; simulation returns all of it.
 *
 * @param decision the combined decision
 * @param results  each evaluated policy's result, in evaluation order (name order)
 * @param micros   evaluation time in microseconds
 */
public record Evaluation(Decision decision, List<PolicyResult> results, long micros) {
    public Evaluation {
        results = List.copyOf(results);
    }
}
