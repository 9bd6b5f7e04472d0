package dev.gatehouse.rego.ast;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes a parsed module as a value shaped like OPA's AST JSON ({@code rego.parse_module}): terms are
 * {@code {"type": ..., "value": ...}}, the package path starts with {@code data}, infix operators are calls.
 */
public final class AstJson {
    private AstJson() {
    }

    /** The module as OPA's AST JSON value. */
    public static Value module(Module m) {
        List<Value> pkgPath = new ArrayList<>();
        pkgPath.add(term("var", Value.of("data")));
        for (String s : m.pkg()) {
            pkgPath.add(term("string", Value.of(s)));
        }
        ObjectValue.Builder b = ObjectValue.builder()
            .put("package", ObjectValue.builder().put("path", ArrayValue.copyOf(pkgPath)).build());
        if (!m.imports().isEmpty()) {
            List<Value> imps = new ArrayList<>();
            for (Module.Import im : m.imports()) {
                ObjectValue.Builder ib = ObjectValue.builder().put("path", of(im.path()));
                if (im.alias() != null) {
                    ib.put("alias", Value.of(im.alias()));
                }
                imps.add(ib.build());
            }
            b.put("imports", ArrayValue.copyOf(imps));
        }
        List<Value> rules = new ArrayList<>();
        for (Rule r : m.rules()) {
            rules.add(rule(r));
        }
        if (!rules.isEmpty()) {
            b.put("rules", ArrayValue.copyOf(rules));
        }
        return b.build();
    }

    private static Value rule(Rule r) {
        ObjectValue.Builder head = ObjectValue.builder()
            .put("name", Value.of(((Term.Var) r.head().head()).name()))
            .put("ref", of(r.head()).equals(NullValue.INSTANCE) ? ArrayValue.EMPTY
                : ((ObjectValue) of(r.head())).get("value"));
        if (r.args() != null) {
            head.put("args", terms(r.args()));
        }
        if (r.key() != null) {
            head.put("key", of(r.key()));
        }
        if (r.value() != null) {
            head.put("value", of(r.value()));
        }
        if (r.assign()) {
            head.put("assign", BooleanValue.TRUE);
        }
        ObjectValue.Builder b = ObjectValue.builder().put("head", head.build()).put("body", body(r.body()));
        if (r.isDefault()) {
            b.put("default", BooleanValue.TRUE);
        }
        if (r.elseRule() != null) {
            b.put("else", rule(r.elseRule()));
        }
        return b.build();
    }

    private static Value body(List<Expr> body) {
        List<Value> out = new ArrayList<>();
        if (body.isEmpty()) {
            out.add(ObjectValue.builder().put("index", NumberValue.of(0))
                .put("terms", term("boolean", BooleanValue.TRUE)).build());
        }
        for (int i = 0; i < body.size(); i++) {
            Expr e = body.get(i);
            ObjectValue.Builder b = ObjectValue.builder().put("index", NumberValue.of(i));
            if (e.negated()) {
                b.put("negated", BooleanValue.TRUE);
            }
            Value terms = switch (e.kind()) {
                case Expr.TermKind tk -> tk.term() instanceof Term.Call c ? callTerms(c) : of(tk.term());
                case Expr.Unify u -> ArrayValue.copyOf(List.of(op("eq"), of(u.left()), of(u.right())));
                case Expr.Assign a -> ArrayValue.copyOf(List.of(op("assign"), of(a.left()), of(a.right())));
                case Expr.SomeDecl sd -> term("somedecl", terms(List.copyOf(sd.vars())));
                case Expr.SomeIn si -> term("somedecl", ArrayValue.copyOf(List.of(of(si.collection()))));
                case Expr.Every ev -> term("every", ObjectValue.builder().put("domain", of(ev.domain()))
                    .put("body", body(ev.body())).build());
            };
            b.put("terms", terms);
            if (!e.withs().isEmpty()) {
                List<Value> ws = new ArrayList<>();
                for (Expr.With w : e.withs()) {
                    ws.add(ObjectValue.builder().put("target", of(w.target())).put("value", of(w.value())).build());
                }
                b.put("with", ArrayValue.copyOf(ws));
            }
            out.add(b.build());
        }
        return ArrayValue.copyOf(out);
    }

    private static Value callTerms(Term.Call c) {
        List<Value> out = new ArrayList<>();
        out.add(op(c.name()));
        for (Term a : c.args()) {
            out.add(of(a));
        }
        return ArrayValue.copyOf(out);
    }

    private static Value op(String dotted) {
        List<Value> parts = new ArrayList<>();
        String[] ps = dotted.split("\\.");
        parts.add(term("var", Value.of(ps[0])));
        for (int i = 1; i < ps.length; i++) {
            parts.add(term("string", Value.of(ps[i])));
        }
        return term("ref", ArrayValue.copyOf(parts));
    }

    private static Value terms(List<Term> ts) {
        List<Value> out = new ArrayList<>();
        for (Term t : ts) {
            out.add(of(t));
        }
        return ArrayValue.copyOf(out);
    }

    /** One term as {@code {"type": ..., "value": ...}}. */
    public static Value of(Term t) {
        return switch (t) {
            case Term.Const c -> constant(c.value());
            case Term.Null n -> term("null", NullValue.INSTANCE);
            case Term.Bool b -> term("boolean", BooleanValue.of(b.value()));
            case Term.Num n -> term("number", NumberValue.parse(n.text()));
            case Term.Str s -> term("string", Value.of(s.value()));
            case Term.Var v -> term("var", Value.of(v.isWildcard() ? "$" + v.name().substring(2) : v.name()));
            case Term.Ref r -> {
                List<Value> parts = new ArrayList<>();
                parts.add(of(r.head()));
                for (Term p : r.path()) {
                    parts.add(of(p));
                }
                yield term("ref", ArrayValue.copyOf(parts));
            }
            case Term.Arr a -> term("array", terms(a.items()));
            case Term.SetT s -> term("set", terms(s.items()));
            case Term.Obj o -> {
                List<Value> pairs = new ArrayList<>();
                for (int i = 0; i < o.keys().size(); i++) {
                    pairs.add(ArrayValue.copyOf(List.of(of(o.keys().get(i)), of(o.values().get(i)))));
                }
                yield term("object", ArrayValue.copyOf(pairs));
            }
            case Term.ArrayCompr c -> term("arraycomprehension",
                ObjectValue.builder().put("term", of(c.head())).put("body", body(c.body())).build());
            case Term.SetCompr c -> term("setcomprehension",
                ObjectValue.builder().put("term", of(c.head())).put("body", body(c.body())).build());
            case Term.ObjectCompr c -> term("objectcomprehension", ObjectValue.builder().put("key", of(c.key()))
                .put("value", of(c.value())).put("body", body(c.body())).build());
            case Term.Call c -> term("call", callTerms(c));
        };
    }

    private static Value constant(Value v) {
        return switch (v) {
            case NullValue n -> term("null", v);
            case BooleanValue b -> term("boolean", v);
            case NumberValue n -> term("number", v);
            case StringValue s -> term("string", v);
            case ArrayValue a -> {
                List<Value> out = new ArrayList<>();
                a.asList().forEach(x -> out.add(constant(x)));
                yield term("array", ArrayValue.copyOf(out));
            }
            case SetValue s -> {
                List<Value> out = new ArrayList<>();
                for (Value x : s.sorted()) {
                    out.add(constant(x));
                }
                yield term("set", ArrayValue.copyOf(out));
            }
            case ObjectValue o -> {
                List<Value> out = new ArrayList<>();
                for (Map.Entry<Value, Value> e : o.asMap().entrySet()) {
                    out.add(ArrayValue.copyOf(List.of(constant(e.getKey()), constant(e.getValue()))));
                }
                yield term("object", ArrayValue.copyOf(out));
            }
        };
    }

    private static Value term(String type, Value value) {
        return ObjectValue.builder().put("type", Value.of(type)).put("value", value).build();
    }
}
