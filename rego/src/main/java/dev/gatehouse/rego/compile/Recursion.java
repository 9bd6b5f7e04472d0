package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursion check: builds the dependency graph between rule nodes (references into {@code data} and user function
 * calls) and reports every cycle as {@code rego_recursion_error}, as OPA words it.
 */
final class Recursion {
    private final RuleTree tree;
    private final Map<RuleTree.Node, Set<RuleTree.Node>> deps = new HashMap<>();

    private Recursion(RuleTree tree) {
        this.tree = tree;
    }

    static void check(RuleTree tree, List<RegoError> errors) {
        Recursion r = new Recursion(tree);
        List<RuleTree.Node> nodes = new ArrayList<>();
        r.collect(tree.root(), nodes);
        for (RuleTree.Node n : nodes) {
            Set<RuleTree.Node> d = new LinkedHashSet<>();
            List<CRule> all = new ArrayList<>(n.rules());
            if (n.defaultRule() != null) {
                all.add(n.defaultRule());
            }
            for (CRule rule : all) {
                for (CRule c = rule; c != null; c = c.elseRule()) {
                    r.rule(c, d);
                }
            }
            r.deps.put(n, d);
        }
        Set<RuleTree.Node> reported = new HashSet<>();
        for (RuleTree.Node n : nodes) {
            List<RuleTree.Node> cycle = r.cycleFrom(n);
            if (cycle != null && reported.add(n)) {
                StringBuilder sb = new StringBuilder();
                for (RuleTree.Node c : cycle) {
                    if (!sb.isEmpty()) {
                        sb.append(" -> ");
                    }
                    sb.append(Compiler.pathString(c.path()));
                }
                CRule first = n.rules().isEmpty() ? n.defaultRule() : n.rules().get(0);
                errors.add(RegoError.at("rego_recursion_error", first.loc(),
                    "rule " + Compiler.pathString(n.path()) + " is recursive: " + sb));
            }
        }
    }

    private void collect(RuleTree.Node n, List<RuleTree.Node> out) {
        if (n.kind() != null) {
            out.add(n);
        }
        for (RuleTree.Node c : n.children().values()) {
            collect(c, out);
        }
    }

    /** A path n -> ... -> n, or null. */
    private List<RuleTree.Node> cycleFrom(RuleTree.Node start) {
        Map<RuleTree.Node, RuleTree.Node> parent = new HashMap<>();
        List<RuleTree.Node> stack = new ArrayList<>(deps.getOrDefault(start, Set.of()));
        for (RuleTree.Node s : stack) {
            parent.putIfAbsent(s, start);
        }
        Set<RuleTree.Node> seen = new HashSet<>(stack);
        while (!stack.isEmpty()) {
            RuleTree.Node cur = stack.remove(stack.size() - 1);
            if (cur == start) {
                List<RuleTree.Node> path = new ArrayList<>();
                RuleTree.Node p = parent.get(start);
                while (p != start) {
                    path.add(0, p);
                    p = parent.get(p);
                }
                path.add(0, start);
                path.add(start);
                return path;
            }
            for (RuleTree.Node nx : deps.getOrDefault(cur, Set.of())) {
                if (seen.add(nx)) {
                    parent.put(nx, cur);
                    stack.add(nx);
                }
            }
        }
        return null;
    }

    private void rule(CRule r, Set<RuleTree.Node> out) {
        for (Term t : r.tail()) {
            term(t, out);
        }
        if (r.key() != null) {
            term(r.key(), out);
        }
        if (r.value() != null) {
            term(r.value(), out);
        }
        body(r.body(), out);
    }

    private void body(List<Expr> body, Set<RuleTree.Node> out) {
        for (Expr e : body) {
            switch (e.kind()) {
                case Expr.TermKind tk -> term(tk.term(), out);
                case Expr.Unify u -> {
                    term(u.left(), out);
                    term(u.right(), out);
                }
                case Expr.Assign a -> term(a.right(), out);
                case Expr.SomeIn si -> term(si.collection(), out);
                case Expr.Every ev -> {
                    term(ev.domain(), out);
                    body(ev.body(), out);
                }
                case Expr.SomeDecl sd -> { }
            }
            for (Expr.With w : e.withs()) {
                term(w.value(), out);
            }
        }
    }

    private void term(Term t, Set<RuleTree.Node> out) {
        switch (t) {
            case Term.Ref r -> {
                if (r.head() instanceof Term.Var v && v.name().equals("data")) {
                    ref(r.path(), out);
                } else {
                    term(r.head(), out);
                }
                r.path().forEach(p -> term(p, out));
            }
            case Term.Call c -> {
                if (c.op().get(0).equals("data")) {
                    List<Value> p = new ArrayList<>();
                    for (String s : c.op().subList(1, c.op().size())) {
                        p.add(StringValue.of(s));
                    }
                    RuleTree.Node n = tree.find(p);
                    if (n != null) {
                        out.add(n);
                    }
                }
                c.args().forEach(a -> term(a, out));
            }
            case Term.Arr a -> a.items().forEach(i -> term(i, out));
            case Term.SetT s -> s.items().forEach(i -> term(i, out));
            case Term.Obj o -> {
                o.keys().forEach(i -> term(i, out));
                o.values().forEach(i -> term(i, out));
            }
            case Term.ArrayCompr c -> {
                term(c.head(), out);
                body(c.body(), out);
            }
            case Term.SetCompr c -> {
                term(c.head(), out);
                body(c.body(), out);
            }
            case Term.ObjectCompr c -> {
                term(c.key(), out);
                term(c.value(), out);
                body(c.body(), out);
            }
            default -> { }
        }
    }

    /** Nodes a data reference may read: the node at its constant prefix, or everything below it. */
    private void ref(List<Term> path, Set<RuleTree.Node> out) {
        RuleTree.Node n = tree.root();
        for (Term p : path) {
            if (n.kind() != null) {
                out.add(n);
                return;
            }
            if (!(p instanceof Term.Const c)) {
                return;
            }
            RuleTree.Node next = n.child(c.value());
            if (next == null) {
                return;
            }
            n = next;
        }
        below(n, out);
    }

    private void below(RuleTree.Node n, Set<RuleTree.Node> out) {
        if (n.kind() != null) {
            out.add(n);
            return;
        }
        for (RuleTree.Node c : n.children().values()) {
            below(c, out);
        }
    }
}
