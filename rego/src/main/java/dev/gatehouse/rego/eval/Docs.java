package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.compile.CRule;
import dev.gatehouse.rego.compile.RuleTree;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code data} document: walks the rule tree and the base document together, evaluates rules into values
 * (complete, partial set, ref-head objects), merges virtual and base documents and caches node values per query.
 */
final class Docs {
    private static final Term TRUE = new Term.Const(dev.gatehouse.rego.ast.Location.NONE, BooleanValue.TRUE);
    private final Evaluator ev;
    private final EvalContext ctx;

    Docs(Evaluator ev) {
        this.ev = ev;
        this.ctx = ev.ctx;
    }

    /** Evaluates {@code data.path...}. */
    boolean data(List<Term> path, Evaluator.VK k) {
        return walk(ctx.tree.root(), ctx.data, path, 0, k);
    }

    private boolean walk(RuleTree.Node node, Value base, List<Term> path, int i, Evaluator.VK k) {
        if (node != null && !ctx.masked.isEmpty() && isMasked(node.path())) {
            node = null;
        }
        if (node == null) {
            return base != null && ev.path(base, path, i, k, true);
        }
        if (node.kind() != null) {
            Value v = patched(node, value(node, base));
            return v != null && ev.path(v, path, i, k);
        }
        if (i == path.size()) {
            Value v = full(node, base);
            return v != null && k.accept(v);
        }
        Term p = path.get(i);
        final RuleTree.Node n = node;
        if (p instanceof Term.Const c) {
            return step(n, base, c.value(), path, i, k);
        }
        if (ev.isPattern(p)) {
            TreeSet<Value> keys = new TreeSet<>(n.children().keySet());
            if (base instanceof ObjectValue o) {
                keys.addAll(o.keySet());
            }
            for (Value key : keys) {
                if (ev.unifyValue(p, key, () -> step(n, base, key, path, i, k))) {
                    return true;
                }
            }
            return false;
        }
        return ev.term(p, key -> step(n, base, key, path, i, k));
    }

    private boolean step(RuleTree.Node n, Value base, Value key, List<Term> path, int i, Evaluator.VK k) {
        RuleTree.Node child = n.child(key);
        Value baseChild = base instanceof ObjectValue o ? o.get(key) : null;
        if (child == null && baseChild == null && key instanceof dev.gatehouse.rego.value.NumberValue num) {
            Value sk = Value.of(num.toString());
            child = n.child(sk);
            baseChild = base instanceof ObjectValue o ? o.get(sk) : null;
        }
        if (child == null && baseChild == null) {
            return false;
        }
        return walk(child, baseChild, path, i + 1, k);
    }

    /** Applies {@code with data...} replacements that point inside a rule's value. */
    private Value patched(RuleTree.Node node, Value v) {
        if (ctx.masked.isEmpty() || v == null) {
            return v;
        }
        List<Value> path = node.path();
        for (List<Value> m : ctx.masked) {
            if (m.size() > path.size() && m.subList(0, path.size()).equals(path)) {
                Value replacement = ctx.data;
                for (Value k : m) {
                    replacement = replacement instanceof ObjectValue o ? o.get(k) : null;
                }
                v = Withs.upsert(v, m.subList(path.size(), m.size()), 0, replacement);
            }
        }
        return v;
    }

    private boolean isMasked(List<Value> path) {
        for (List<Value> m : ctx.masked) {
            if (m.size() <= path.size() && path.subList(0, m.size()).equals(m)) {
                return true;
            }
        }
        return false;
    }

    /** The full value of a node merged with its base document, or null when undefined. */
    Value full(RuleTree.Node node, Value base) {
        if (node == null || isMasked(node.path())) {
            return base;
        }
        if (node.kind() != null) {
            return patched(node, value(node, base));
        }
        return prefixObject(node, base);
    }

    private ObjectValue prefixObject(RuleTree.Node node, Value base) {
        Map<Value, Value> out = new LinkedHashMap<>();
        if (base instanceof ObjectValue o) {
            out.putAll(o.asMap());
        }
        for (Map.Entry<Value, RuleTree.Node> e : node.children().entrySet()) {
            if (e.getValue().kind() == CRule.Kind.FUNCTION) {
                continue;
            }
            Value bc = out.get(e.getKey());
            if (bc != null && e.getValue().isLeafRule()) {
                continue;
            }
            Value v = full(e.getValue(), bc);
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return ObjectValue.wrap(out);
    }

    /** The value of a node that has rules, cached per query; null when undefined. */
    Value value(RuleTree.Node node, Value base) {
        Value[] cached = ctx.cache.get(node);
        if (cached != null) {
            return cached[0];
        }
        if (!ctx.active.add(node)) {
            CRule r = node.rules().isEmpty() ? node.defaultRule() : node.rules().get(0);
            throw new RegoException(RegoError.at("rego_recursion_error", r == null ? null : r.loc(),
                "rule " + node + " is recursive"));
        }
        Value v = null;
        if (ctx.trace != null) {
            ctx.enter(node.toString());
        }
        try {
            v = switch (node.kind()) {
                case COMPLETE -> complete(node);
                case SET -> set(node);
                case MULTI -> multi(node, base);
                case FUNCTION -> null;
            };
        } finally {
            ctx.active.remove(node);
            if (ctx.trace != null) {
                ctx.exit(node + (v == null ? " undefined" : " = " + v));
            }
        }
        ctx.cache.put(node, new Value[] {v});
        return v;
    }

    private Value complete(RuleTree.Node node) {
        Value found = null;
        for (CRule r : node.candidates(ctx.input)) {
            if (found != null && r.elseRule() == null && constValue(r) != null && constValue(r).equals(found)) {
                continue;
            }
            for (CRule cur = r; cur != null; cur = cur.elseRule()) {
                List<Value> vals = ruleValues(cur, null);
                if (vals.isEmpty()) {
                    continue;
                }
                for (Value v : vals) {
                    if (found == null) {
                        found = v;
                    } else if (!found.equals(v)) {
                        throw new RegoException(RegoError.at("eval_conflict_error", cur.loc(),
                            "complete rules must not produce multiple outputs"));
                    }
                }
                break;
            }
        }
        if (found == null && node.defaultRule() != null) {
            List<Value> vals = ruleValues(node.defaultRule(), null);
            return vals.isEmpty() ? null : vals.get(0);
        }
        return found;
    }

    private static Value constValue(CRule r) {
        if (r.value() == null) {
            return BooleanValue.TRUE;
        }
        return r.value() instanceof Term.Const c ? c.value() : null;
    }

    private List<Value> ruleValues(CRule r, List<Value> args) {
        Evaluator fresh = new Evaluator(ctx);
        fresh.rule = r;
        List<Value> out = new ArrayList<>(1);
        Term val = r.value() == null ? TRUE : r.value();
        boolean constant = val instanceof Term.Const;
        fresh.body(r.body(), 0, () -> fresh.term(val, v -> {
            if (!out.contains(v)) {
                out.add(v);
            }
            return constant;
        }));
        return out;
    }

    private Value set(RuleTree.Node node) {
        LinkedHashSet<Value> out = new LinkedHashSet<>();
        for (CRule r : node.candidates(ctx.input)) {
            Evaluator fresh = new Evaluator(ctx);
            fresh.rule = r;
            fresh.body(r.body(), 0, () -> fresh.term(r.key(), v -> {
                out.add(v);
                return false;
            }));
        }
        return SetValue.wrap(out);
    }

    private Value multi(RuleTree.Node node, Value base) {
        Map<Value, Object> root = new LinkedHashMap<>();
        ObjectValue pre = prefixObject(node, base);
        for (Map.Entry<Value, Value> e : pre.asMap().entrySet()) {
            root.put(e.getKey(), e.getValue());
        }
        for (CRule r : node.rules()) {
            Evaluator fresh = new Evaluator(ctx);
            fresh.rule = r;
            boolean setLeaf = r.key() != null;
            Term val = setLeaf ? r.key() : r.value() == null ? TRUE : r.value();
            Value[] keys = new Value[r.tail().size()];
            fresh.body(r.body(), 0, () -> fresh.items(r.tail(), keys, 0, () -> fresh.term(val, v -> {
                insert(root, keys, 0, v, r, setLeaf);
                return false;
            })));
        }
        return freeze(root);
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<Value, Object> m, Value[] keys, int i, Value v, CRule r, boolean setLeaf) {
        Value key = keys[i];
        Object cur = m.get(key);
        if (i == keys.length - 1) {
            if (setLeaf) {
                if (cur == null) {
                    m.put(key, SetValue.of(List.of(v)));
                } else if (cur instanceof SetValue sv) {
                    m.put(key, sv.with(v));
                } else {
                    throw conflict(r);
                }
            } else if (cur == null) {
                m.put(key, v);
            } else if (!(cur instanceof Value cv && cv.equals(v))) {
                throw conflict(r);
            }
            return;
        }
        Map<Value, Object> next;
        if (cur == null) {
            next = new LinkedHashMap<>();
            m.put(key, next);
        } else if (cur instanceof Map<?, ?> cm) {
            next = (Map<Value, Object>) cm;
        } else if (cur instanceof ObjectValue co) {
            next = thaw(co);
            m.put(key, next);
        } else {
            throw conflict(r);
        }
        insert(next, keys, i + 1, v, r, setLeaf);
    }

    private static RegoException conflict(CRule r) {
        return new RegoException(RegoError.at("eval_conflict_error", r.loc(), "object keys must be unique"));
    }

    private static Map<Value, Object> thaw(ObjectValue o) {
        return new LinkedHashMap<>(o.asMap());
    }

    @SuppressWarnings("unchecked")
    private static ObjectValue freeze(Map<Value, Object> m) {
        Map<Value, Value> out = new LinkedHashMap<>();
        for (Map.Entry<Value, Object> e : m.entrySet()) {
            out.put(e.getKey(), e.getValue() instanceof Map<?, ?> mm ? freeze((Map<Value, Object>) mm)
                : (Value) e.getValue());
        }
        return ObjectValue.wrap(out);
    }

    /** Calls a user function at {@code node}; null when undefined. */
    Value function(RuleTree.Node node, List<Value> args, dev.gatehouse.rego.ast.Location loc) {
        Value found = null;
        for (CRule r : node.rules()) {
            for (CRule cur = r; cur != null; cur = cur.elseRule()) {
                if (cur.args().size() != args.size()) {
                    break;
                }
                Evaluator fresh = new Evaluator(ctx);
                fresh.rule = cur;
                List<Value> out = new ArrayList<>(1);
                Term val = cur.value() == null ? TRUE : cur.value();
                final CRule c = cur;
                fresh.params(c.args(), args, 0, () -> fresh.body(c.body(), 0, () -> fresh.term(val, v -> {
                    if (!out.contains(v)) {
                        out.add(v);
                    }
                    return false;
                })));
                if (out.isEmpty()) {
                    continue;
                }
                for (Value v : out) {
                    if (found == null) {
                        found = v;
                    } else if (!found.equals(v)) {
                        throw new RegoException(RegoError.at("eval_conflict_error", cur.loc(),
                            "functions must not produce multiple outputs for same inputs"));
                    }
                }
                break;
            }
        }
        if (found == null && node.defaultRule() != null) {
            List<Value> vals = ruleValues(node.defaultRule(), null);
            return vals.isEmpty() ? null : vals.get(0);
        }
        return found;
    }
}
