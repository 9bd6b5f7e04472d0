package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule index for the common {@code input.a.b == "const"} shape: rules of a node whose body contains such a literal
 * (on the most common input path) are looked up by the input's value at that path; the others are always
 * candidates. Candidates keep source order. Immutable once built.
 */
public final class RuleIndex {
    private final List<Value> path;
    private final Map<Value, List<CRule>> byValue;
    private final List<CRule> always;
    private final Map<CRule, Integer> order;

    private RuleIndex(List<Value> path, Map<Value, List<CRule>> byValue, List<CRule> always,
                      Map<CRule, Integer> order) {
        this.path = path;
        this.byValue = byValue;
        this.always = always;
        this.order = order;
    }

    /** Builds an index for the rules, or returns null when indexing would not help. */
    static RuleIndex build(List<CRule> rules) {
        if (rules.size() < 2) {
            return null;
        }
        Map<List<Value>, Integer> counts = new LinkedHashMap<>();
        for (CRule r : rules) {
            if (r.elseRule() == null) {
                for (Map.Entry<List<Value>, Value> e : eqs(r).entrySet()) {
                    counts.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        List<Value> best = null;
        int bestCount = 1;
        for (Map.Entry<List<Value>, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        Map<Value, List<CRule>> byValue = new HashMap<>();
        List<CRule> always = new ArrayList<>();
        Map<CRule, Integer> order = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            CRule r = rules.get(i);
            order.put(r, i);
            Value v = r.elseRule() == null ? eqs(r).get(best) : null;
            if (v == null) {
                always.add(r);
            } else {
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
            }
        }
        return new RuleIndex(best, byValue, always, order);
    }

    /** Rules that may match the given input, in source order. */
    public List<CRule> candidates(Value input) {
        Value v = input;
        for (int i = 0; v != null && i < path.size(); i++) {
            Value key = path.get(i);
            v = switch (v) {
                case ObjectValue o -> o.get(key);
                case ArrayValue a -> key instanceof NumberValue n && n.isLong() && n.longValue() >= 0
                    && n.longValue() < a.size() ? a.get((int) n.longValue()) : null;
                default -> null;
            };
        }
        List<CRule> hit = v == null ? null : byValue.get(v);
        if (hit == null) {
            return always;
        }
        if (always.isEmpty()) {
            return hit;
        }
        List<CRule> out = new ArrayList<>(hit.size() + always.size());
        out.addAll(hit);
        out.addAll(always);
        out.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
        return out;
    }

    /** The {@code input.path == const} literals of a rule body: input path to constant. */
    private static Map<List<Value>, Value> eqs(CRule r) {
        Map<List<Value>, Value> out = new LinkedHashMap<>();
        for (Expr e : r.body()) {
            if (e.negated() || !e.withs().isEmpty()) {
                continue;
            }
            Term a = null;
            Term b = null;
            if (e.kind() instanceof Expr.TermKind tk && tk.term() instanceof Term.Call c
                    && c.name().equals("equal") && c.args().size() == 2) {
                a = c.args().get(0);
                b = c.args().get(1);
            } else if (e.kind() instanceof Expr.Unify u) {
                a = u.left();
                b = u.right();
            }
            if (a == null) {
                continue;
            }
            if (a instanceof Term.Const) {
                Term t = a;
                a = b;
                b = t;
            }
            List<Value> p = inputPath(a);
            if (p != null && b instanceof Term.Const c) {
                out.putIfAbsent(p, c.value());
            }
        }
        return out;
    }

    private static List<Value> inputPath(Term t) {
        if (!(t instanceof Term.Ref r) || !(r.head() instanceof Term.Var v) || !v.name().equals("input")) {
            return null;
        }
        List<Value> out = new ArrayList<>();
        for (Term p : r.path()) {
            if (!(p instanceof Term.Const c)) {
                return null;
            }
            out.add(c.value());
        }
        return List.copyOf(out);
    }
}
