package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Expr;
import dev.gatehouse.rego.ast.Location;
import dev.gatehouse.rego.ast.Module;
import dev.gatehouse.rego.ast.Rule;
import dev.gatehouse.rego.ast.Term;
import dev.gatehouse.rego.parse.Parser;
import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.ObjectValue;
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
 * Compiles parsed modules into a {@link RuleTree} and a query into resolved literals. Collects every error it can
 * before throwing one {@link RegoException}.
 */
public final class Compiler {
    private final RuleTree tree = new RuleTree();
    private final List<RegoError> errors = new ArrayList<>();
    private final int[] counter = {0};
    private final Map<String, ObjectValue> packageAnnotations = new HashMap<>();
    private final Map<List<Value>, ObjectValue> documentAnnotations = new HashMap<>();
    private final List<Object[]> annotated = new ArrayList<>();
    private Checker checker;

    /** A compiler using the given builtin checker (arity/type checks and capability profile). */
    public Compiler(Checker checker) {
        this.checker = checker;
    }

    /** Result of a compile. */
    public record Output(RuleTree tree, List<Expr> query, List<String> queryVars) { }

    /** Parses and compiles named modules and an optional query. */
    public Output compile(Map<String, String> sources, String query) {
        List<Module> modules = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            try {
                modules.add(Parser.parseModule(e.getKey(), e.getValue()));
            } catch (RegoException ex) {
                errors.addAll(ex.errors());
            }
        }
        List<Expr> parsedQuery = null;
        if (query != null) {
            try {
                parsedQuery = Parser.parseQuery(query);
            } catch (RegoException ex) {
                errors.addAll(ex.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new RegoException(errors);
        }
        return compileModules(modules, parsedQuery);
    }

    /** Compiles already-parsed modules. */
    @SuppressWarnings("unchecked")
    public Output compileModules(List<Module> modules, List<Expr> parsedQuery) {
        Map<String, Set<String>> ruleNames = new HashMap<>();
        Map<String, Integer> functionArity = new HashMap<>();
        for (Module m : modules) {
            tree.ensure(m.pkg().stream().map(s -> (Value) StringValue.of(s)).toList());
            for (Rule r : m.rules()) {
                if (r.args() != null) {
                    StringBuilder sb = new StringBuilder("data");
                    m.pkg().forEach(s -> sb.append('.').append(s));
                    sb.append('.').append(((Term.Var) r.head().head()).name());
                    for (Term t : r.head().path()) {
                        if (t instanceof Term.Str s) {
                            sb.append('.').append(s.value());
                        }
                    }
                    functionArity.put(sb.toString(), r.args().size());
                }
            }
        }
        final Checker base = checker;
        checker = new Checker() {
            @Override
            public void checkBody(List<Expr> body, List<RegoError> errs) {
                base.checkBody(body, errs);
            }

            @Override
            public boolean knows(String name) {
                return functionArity.containsKey(name) || base.knows(name);
            }

            @Override
            public int arity(String name) {
                Integer a = functionArity.get(name);
                return a != null ? a : base.arity(name);
            }
        };
        for (Module m : modules) {
            Set<String> names = ruleNames.computeIfAbsent(String.join(".", m.pkg()), k -> new HashSet<>());
            for (Rule r : m.rules()) {
                names.add(((Term.Var) r.head().head()).name());
            }
        }
        for (Module m : modules) {
            Module.Metadata pm = Annotations.before(m.metadata(), m.loc().row());
            if (pm != null) {
                ObjectValue a = Annotations.parse(pm, "package", errors);
                if (a != null) {
                    packageAnnotations.put(String.join(".", m.pkg()), a);
                }
            }
        }
        for (Module m : modules) {
            Map<String, Term> globals = new HashMap<>();
            for (String name : ruleNames.get(String.join(".", m.pkg()))) {
                List<Term> path = new ArrayList<>();
                for (String s : m.pkg()) {
                    path.add(new Term.Const(m.loc(), StringValue.of(s)));
                }
                path.add(new Term.Const(m.loc(), StringValue.of(name)));
                globals.put(name, new Term.Ref(m.loc(), new Term.Var(m.loc(), "data"), List.copyOf(path)));
            }
            for (Module.Import im : m.imports()) {
                Resolver r = new Resolver(Map.of(), counter);
                r.openTop(Set.of("data", "input"));
                globals.put(im.alias(), r.term(im.path()));
            }
            Map<Integer, Set<String>> namesByRow = new HashMap<>();
            for (Rule r : m.rules()) {
                namesByRow.computeIfAbsent(r.loc().row(), k -> new HashSet<>()).add(headName(r));
            }
            for (Rule r : m.rules()) {
                String suffix = namesByRow.get(r.loc().row()).size() > 1 ? " in rule " + headName(r) : "";
                try {
                    addRule(m, globals, r, suffix);
                } catch (RegoException ex) {
                    errors.addAll(ex.errors());
                }
            }
        }
        List<Expr> q = null;
        List<String> qvars = new ArrayList<>();
        if (parsedQuery != null) {
            Resolver r = new Resolver(Map.of(), counter, errors);
            r.openTop(new HashSet<>());
            q = r.topBody(parsedQuery);
            Set<String> vs = new LinkedHashSet<>();
            for (Expr e : q) {
                Vars.exprVars(e, vs, true);
            }
            for (String v : vs) {
                if (!v.startsWith("$") && !v.contains("$") && !v.equals("data") && !v.equals("input")) {
                    qvars.add(v);
                }
            }
            q = Safety.reorder(q, new HashSet<>(), errors, checker);
            checker.checkBody(q, errors);
        }
        for (Object[] a : annotated) {
            attachMetadata((CRule) a[0], (List<Value>) a[1], (List<String>) a[2], (ObjectValue) a[3]);
        }
        checkTree(tree.root());
        if (errors.isEmpty()) {
            Recursion.check(tree, errors);
        }
        tree.buildIndexes(tree.root());
        if (!errors.isEmpty()) {
            throw new RegoException(errors);
        }
        return new Output(tree, q, List.copyOf(qvars));
    }

    private void attachMetadata(CRule rule, List<Value> path, List<String> pkg, ObjectValue ruleAnn) {
        List<Value> chain = new ArrayList<>();
        ObjectValue.Builder first = ObjectValue.builder().put("path", ArrayValue.copyOf(path));
        if (ruleAnn != null) {
            first.put("annotations", ruleAnn);
        }
        chain.add(first.build());
        ObjectValue doc = documentAnnotations.get(path);
        if (doc != null) {
            chain.add(ObjectValue.builder().put("path", ArrayValue.copyOf(path)).put("annotations", doc).build());
        }
        for (int n = pkg.size(); n >= 1; n--) {
            ObjectValue pa = packageAnnotations.get(String.join(".", pkg.subList(0, n)));
            if (pa != null && (n == pkg.size() || Value.of("subpackages").equals(pa.get("scope")))) {
                List<Value> pp = new ArrayList<>();
                pkg.subList(0, n).forEach(x -> pp.add(StringValue.of(x)));
                chain.add(ObjectValue.builder().put("path", ArrayValue.copyOf(pp)).put("annotations", pa).build());
            }
        }
        tree.putMetadata(rule, ruleAnn == null ? ObjectValue.EMPTY : ruleAnn, ArrayValue.copyOf(chain));
    }

    /** Whether a parameter term must be evaluated (contains calls, refs or comprehensions) rather than matched. */
    private static boolean needsEvaluation(Term t) {
        return switch (t) {
            case Term.Call c -> true;
            case Term.Ref r -> true;
            case Term.ArrayCompr c -> true;
            case Term.SetCompr c -> true;
            case Term.ObjectCompr c -> true;
            case Term.Arr a -> a.items().stream().anyMatch(Compiler::needsEvaluation);
            case Term.Obj o -> o.values().stream().anyMatch(Compiler::needsEvaluation);
            default -> false;
        };
    }

    private static String headName(Rule r) {
        StringBuilder sb = new StringBuilder(((Term.Var) r.head().head()).name());
        for (Term t : r.head().path()) {
            if (t instanceof Term.Str s) {
                sb.append('.').append(s.value());
            } else {
                break;
            }
        }
        return sb.toString();
    }

    private void addRule(Module m, Map<String, Term> globals, Rule r, String suffix) {
        Set<String> locals = new HashSet<>();
        locals.add("input");
        locals.add("data");
        if (r.args() != null) {
            for (Term a : r.args()) {
                Vars.termVars(a, locals, false);
            }
        }
        List<Term> headPath = new ArrayList<>();
        for (String s : m.pkg()) {
            headPath.add(new Term.Const(m.loc(), StringValue.of(s)));
        }
        String name = ((Term.Var) r.head().head()).name();
        headPath.add(new Term.Const(r.head().loc(), StringValue.of(name)));
        CRule first;
        List<Value> fixed = null;
        List<Term> tail = null;
        // build the chain back to front so that records stay immutable
        List<Rule> chain = new ArrayList<>();
        for (Rule c = r; c != null; c = c.elseRule()) {
            chain.add(c);
        }
        CRule next = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Rule c = chain.get(i);
            Resolver res = new Resolver(globals, counter, errors);
            res.openTop(locals);
            List<Expr> body = res.topBody(c.body());
            List<Term> hp = new ArrayList<>(headPath);
            for (Term t : c.head().path()) {
                hp.add(res.term(t));
            }
            List<Term> args = null;
            if (c.args() != null) {
                args = new ArrayList<>();
                List<Expr> extra = new ArrayList<>();
                for (Term a : c.args()) {
                    Term ra = res.term(a);
                    if (needsEvaluation(ra)) {
                        // a computed parameter: bind a fresh var and compare once the body has run
                        Term.Var fresh = new Term.Var(ra.loc(), "$arg" + (counter[0]++));
                        extra.add(new Expr(ra.loc(), false, new Expr.Unify(fresh, ra), List.of()));
                        ra = fresh;
                    }
                    args.add(ra);
                }
                if (!extra.isEmpty()) {
                    List<Expr> nb = new ArrayList<>(body);
                    nb.addAll(extra);
                    body = nb;
                }
            }
            Term key = c.key() == null ? null : res.term(c.key());
            Term value = c.value() == null ? null : res.term(c.value());
            int k = 0;
            while (k < hp.size() && hp.get(k) instanceof Term.Const) {
                k++;
            }
            fixed = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                fixed.add(((Term.Const) hp.get(j)).value());
            }
            tail = List.copyOf(hp.subList(k, hp.size()));
            CRule.Kind kind;
            if (args != null) {
                kind = CRule.Kind.FUNCTION;
            } else if (key != null && tail.isEmpty()) {
                kind = CRule.Kind.SET;
            } else if (tail.isEmpty()) {
                kind = CRule.Kind.COMPLETE;
            } else {
                kind = CRule.Kind.MULTI;
            }
            if (!tail.isEmpty() && kind != CRule.Kind.MULTI) {
                throw new RegoException(RegoError.at("rego_parse_error", c.loc(),
                    "rule head must only contain string terms (except for last)"));
            }
            Set<String> bound = new HashSet<>();
            if (args != null) {
                for (Term a : args) {
                    Vars.termVars(a, bound, false);
                }
            }
            body = Safety.reorder(body, bound, errors, checker, suffix);
            checker.checkBody(body, errors);
            if (!c.isDefault()) {
                Set<String> ok = Safety.bindable(body, bound, checker);
                List<Term> headTerms = new ArrayList<>(tail);
                if (key != null) {
                    headTerms.add(key);
                }
                if (value != null) {
                    headTerms.add(value);
                }
                Set<String> reported = new HashSet<>();
                List<Expr> headExprs = new ArrayList<>();
                for (Term h : headTerms) {
                    headExprs.add(new Expr(h.loc(), false, new Expr.TermKind(h), List.of()));
                }
                checker.checkBody(headExprs, errors);
                for (Term h : headTerms) {
                    Set<String> hv = new java.util.LinkedHashSet<>();
                    Vars.termVars(h, hv, false);
                    Set<String> generated = new HashSet<>();
                    Vars.refIndexVars(h, generated);
                    hv.removeAll(generated);
                    for (String v : hv) {
                        if (!ok.contains(v) && reported.add(v)) {
                            errors.add(RegoError.at("rego_unsafe_var_error", Locate.var(h, v, c.loc()),
                                "var " + Safety.display(v) + " is unsafe" + suffix));
                        }
                    }
                }
            }
            next = new CRule(c.loc(), kind, tail, key, value, args == null ? null : List.copyOf(args),
                List.copyOf(body), next, c.isDefault());
        }
        first = next;
        RuleTree.Node node = tree.ensure(fixed);
        ObjectValue ruleAnn = null;
        Module.Metadata block = Annotations.before(m.metadata(), r.loc().row());
        if (block != null) {
            ObjectValue a = Annotations.parse(block, "rule", errors);
            if (a != null && Value.of("document").equals(a.get("scope"))) {
                documentAnnotations.put(fixed, a);
            } else {
                ruleAnn = a;
            }
        }
        annotated.add(new Object[] {first, fixed, m.pkg(), ruleAnn});
        if (first.isDefault()) {
            if (node.defaultRule != null) {
                errors.add(RegoError.at("rego_type_error", r.loc(), "multiple default rules "
                    + pathString(fixed) + " found"));
            }
            node.defaultRule = first;
            if (node.kind == null) {
                node.kind = first.kind() == CRule.Kind.FUNCTION ? CRule.Kind.FUNCTION : CRule.Kind.COMPLETE;
            }
            return;
        }
        if (node.kind != null && node.kind != first.kind()) {
            errors.add(RegoError.at("rego_type_error", r.loc(), "conflicting rules " + pathString(fixed)
                + " found"));
            return;
        }
        node.kind = first.kind();
        node.rules.add(first);
    }

    private void checkTree(RuleTree.Node n) {
        if (n.isLeafRule() && !n.children.isEmpty()) {
            CRule any = n.rules.isEmpty() ? n.defaultRule : n.rules.get(0);
            errors.add(RegoError.at("rego_type_error", any == null ? Location.NONE : any.loc(),
                "rule " + pathString(n.path()) + " conflicts with " + pathString(n.children.values().iterator().next().path())));
        }
        for (RuleTree.Node c : n.children.values()) {
            checkTree(c);
        }
    }

    static String pathString(List<Value> path) {
        StringBuilder sb = new StringBuilder("data");
        for (Value v : path) {
            if (v instanceof StringValue s) {
                sb.append('.').append(s.value());
            } else {
                sb.append('[').append(v).append(']');
            }
        }
        return sb.toString();
    }
}
