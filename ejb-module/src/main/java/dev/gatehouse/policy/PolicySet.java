package dev.gatehouse.policy;

import dev.gatehouse.rego.EvalOptions;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ResultSet;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An immutable set of compiled policies and the rule that combines their results: a call is
 * allowed when every policy permits it (its {@code allow} is true if it defines one, its
 * {@code deny} set is empty); with no policy the configured default applies; any evaluation
 * error or exceeded budget makes the decision {@code error}, which denies. Builtin errors are
 * raised (strict evaluation), not read as undefined: a policy that cannot evaluate denies. The same code
 * decides enforced calls and simulations.
 */
public final class PolicySet {
    private final long generation;
    private final List<CompiledPolicy> policies;
    private final List<PolicyResult> broken;
    private final PolicySettings settings;

    public PolicySet(long generation, List<CompiledPolicy> policies, PolicySettings settings) {
        this(generation, policies, List.of(), settings);
    }

    /**
     * @param broken enabled policies that could not be compiled, each as the error result it
     *               contributes to every decision: while one is listed, every decision is
     *               {@code error} (fail closed), never a decision without it
     */
    public PolicySet(long generation, List<CompiledPolicy> policies, List<PolicyResult> broken, PolicySettings settings) {
        this.generation = generation;
        this.policies = policies.stream().sorted(Comparator.comparing(CompiledPolicy::name)).toList();
        this.broken = List.copyOf(broken);
        this.settings = settings;
    }

    /** Increases whenever the enabled policies change; list caches key on it. */
    public long generation() {
        return generation;
    }

    public List<CompiledPolicy> policies() {
        return policies;
    }

    public PolicySettings settings() {
        return settings;
    }

    /** Decides {@code input} (already converted once for all policies). */
    public Evaluation evaluate(Value input) {
        return evaluate(() -> input);
    }

    /** The same, building the input only when some policy will read it. */
    public Evaluation evaluate(Supplier<Value> lazyInput) {
        long start = System.nanoTime();
        if (policies.isEmpty() && broken.isEmpty()) {
            Decision byDefault = settings.defaultAllow() ? new Decision.Allow(List.of())
                    : new Decision.Deny(List.of("no policy is enabled and the default is deny"), List.of());
            return new Evaluation(byDefault, List.of(), micros(start));
        }
        long deadline = start + settings.timeout().toNanos();
        Value input = lazyInput.get();
        List<PolicyResult> results = new ArrayList<>(broken.size() + policies.size());
        results.addAll(broken);
        for (CompiledPolicy policy : policies) {
            results.add(evaluate(policy, input, deadline));
        }
        return new Evaluation(combine(results), results, micros(start));
    }

    private PolicyResult evaluate(CompiledPolicy policy, Value input, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return failed(policy, "not evaluated: the decision exceeded its deadline of "
                    + settings.timeout().toMillis() + " ms");
        }
        ResultSet rows;
        try {
            rows = policy.prepared().eval(EvalOptions.input(input).withStrict(true)
                    .withBudget(settings.maxSteps(), Duration.ofNanos(remaining)));
        } catch (RegoException e) {
            return failed(policy, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(policy, "evaluation failed: " + e);
        }
        Optional<Boolean> allow = Optional.empty();
        if (policy.definesAllow()) {
            Value value = only(rows.first("allow"));
            if (value == null) {
                allow = Optional.of(false);
            } else if (value instanceof BooleanValue b) {
                allow = Optional.of(b.value());
            } else {
                return failed(policy, "'allow' must be a boolean, not " + value.typeName());
            }
        }
        List<String> deny = new ArrayList<>();
        if (policy.definesDeny()) {
            Value value = only(rows.first("deny"));
            switch (value) {
                case null -> { }
                case SetValue set -> { for (Value m : set.sorted()) { deny.add(message(m)); } }
                case ArrayValue array -> array.asList().forEach(m -> deny.add(message(m)));
                default -> { return failed(policy, "'deny' must be a set of messages, not " + value.typeName()); }
            }
        }
        return new PolicyResult(policy.name(), policy.version(), allow, deny, Optional.empty());
    }

    /** The single value of a {@code [v | v := rule]} comprehension, or null when the rule is undefined. */
    private static Value only(Value comprehension) {
        return comprehension instanceof ArrayValue a && a.size() > 0 ? a.get(0) : null;
    }

    private static String message(Value v) {
        return v instanceof StringValue s ? s.value() : Values.toJson(v);
    }

    private static PolicyResult failed(CompiledPolicy policy, String error) {
        return new PolicyResult(policy.name(), policy.version(), Optional.empty(), List.of(), Optional.of(error));
    }

    /** Combines per-policy results; visible for the simulator and tests. */
    static Decision combine(List<PolicyResult> results) {
        List<String> versions = results.stream().map(PolicyResult::label).toList();
        for (PolicyResult r : results) {
            if (r.error().isPresent()) {
                return new Decision.Error("policy '" + r.policy() + "' failed: " + r.error().get(), versions);
            }
        }
        List<String> reasons = new ArrayList<>();
        for (PolicyResult r : results) {
            r.deny().forEach(m -> reasons.add("policy '" + r.policy() + "': " + m));
            if (r.allow().isPresent() && !r.allow().get() && r.deny().isEmpty()) {
                reasons.add("policy '" + r.policy() + "': no allow rule matched");
            }
        }
        return reasons.isEmpty() ? new Decision.Allow(versions) : new Decision.Deny(reasons, versions);
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1_000;
    }
}
