package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.Value;
import java.util.LinkedHashSet;
import java.util.List;

/** Set operators ({@code &}, {@code |}, {@code -}) and {@code intersection}/{@code union} of sets of sets. */
final class SetBuiltins {
    private SetBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("and", (a, c) -> intersect(Args.set("and", a, 0), Args.set("and", a, 1)));
        b.function("or", (a, c) -> union(Args.set("or", a, 0), Args.set("or", a, 1)));
        b.function("set_diff", (a, c) -> difference(Args.set("set_diff", a, 0), Args.set("set_diff", a, 1)));
        b.function("intersection", (a, c) -> {
            List<SetValue> sets = setOfSets("intersection", a);
            if (sets.isEmpty()) {
                return SetValue.EMPTY;
            }
            SetValue r = sets.get(0);
            for (int i = 1; i < sets.size(); i++) {
                r = intersect(r, sets.get(i));
            }
            return r;
        });
        b.function("union", (a, c) -> {
            LinkedHashSet<Value> r = new LinkedHashSet<>();
            for (SetValue s : setOfSets("union", a)) {
                r.addAll(s.asSet());
            }
            return SetValue.wrap(r);
        });
    }

    private static List<SetValue> setOfSets(String name, List<Value> a) throws BuiltinException {
        SetValue outer = Args.set(name, a, 0);
        java.util.ArrayList<SetValue> out = new java.util.ArrayList<>();
        for (Value v : outer.asSet()) {
            if (!(v instanceof SetValue s)) {
                throw BuiltinException.typeError(name + ": operand 1 must be set of sets but got set containing "
                        + v.typeName());
            }
            out.add(s);
        }
        return out;
    }

    static SetValue intersect(SetValue x, SetValue y) {
        if (x.size() > y.size()) {
            SetValue t = x;
            x = y;
            y = t;
        }
        LinkedHashSet<Value> r = new LinkedHashSet<>();
        for (Value v : x.asSet()) {
            if (y.contains(v)) {
                r.add(v);
            }
        }
        return SetValue.wrap(r);
    }

    static SetValue union(SetValue x, SetValue y) {
        if (y.size() == 0) {
            return x;
        }
        if (x.size() == 0) {
            return y;
        }
        LinkedHashSet<Value> r = new LinkedHashSet<>(x.asSet());
        r.addAll(y.asSet());
        return SetValue.wrap(r);
    }

    static SetValue difference(SetValue x, SetValue y) {
        LinkedHashSet<Value> r = new LinkedHashSet<>();
        for (Value v : x.asSet()) {
            if (!y.contains(v)) {
                r.add(v);
            }
        }
        return SetValue.wrap(r);
    }
}
