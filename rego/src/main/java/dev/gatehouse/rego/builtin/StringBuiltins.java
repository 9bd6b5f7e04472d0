package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** String builtins with Go's {@code strings} package semantics; positions are code points. */
final class StringBuiltins {
    private StringBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("concat", (a, c) -> {
            String delim = Args.string("concat", a, 0);
            List<String> parts = strings("concat", a, 1);
            return StringValue.of(String.join(delim, parts));
        });
        b.function("contains", (a, c) -> BooleanValue.of(
                Args.string("contains", a, 0).contains(Args.string("contains", a, 1))));
        b.function("startswith", (a, c) -> BooleanValue.of(
                Args.string("startswith", a, 0).startsWith(Args.string("startswith", a, 1))));
        b.function("endswith", (a, c) -> BooleanValue.of(
                Args.string("endswith", a, 0).endsWith(Args.string("endswith", a, 1))));
        b.function("lower", (a, c) -> StringValue.of(mapCase(Args.string("lower", a, 0), false)));
        b.function("upper", (a, c) -> StringValue.of(mapCase(Args.string("upper", a, 0), true)));
        b.function("indexof", (a, c) -> {
            String s = Args.string("indexof", a, 0);
            String sub = Args.string("indexof", a, 1);
            int i = s.indexOf(sub);
            return NumberValue.of(i < 0 ? -1 : s.codePointCount(0, i));
        });
        b.function("indexof_n", (a, c) -> {
            String s = Args.string("indexof_n", a, 0);
            String sub = Args.string("indexof_n", a, 1);
            List<Value> out = new ArrayList<>();
            int i = s.indexOf(sub);
            while (i >= 0 && i <= s.length()) {
                out.add(NumberValue.of(s.codePointCount(0, i)));
                if (i >= s.length()) {
                    break;
                }
                i = s.indexOf(sub, i + Character.charCount(s.codePointAt(i)));
            }
            return ArrayValue.copyOf(out);
        });
        b.function("replace", (a, c) -> StringValue.of(replaceAll(Args.string("replace", a, 0),
                Args.string("replace", a, 1), Args.string("replace", a, 2))));
        b.function("strings.replace_n", (a, c) -> replaceN(a));
        b.function("split", (a, c) -> {
            List<Value> out = new ArrayList<>();
            for (String p : split(Args.string("split", a, 0), Args.string("split", a, 1))) {
                out.add(StringValue.of(p));
            }
            return ArrayValue.copyOf(out);
        });
        b.function("format_int", (a, c) -> {
            NumberValue n = Args.number("format_int", a, 0);
            NumberValue base = Args.number("format_int", a, 1);
            Integer bs = base.intValueExact();
            if (bs == null || bs != 2 && bs != 8 && bs != 10 && bs != 16) {
                throw BuiltinException.typeError("format_int: operand 2 must be one of {2, 8, 10, 16}");
            }
            BigInteger v = n.bigInteger();
            return StringValue.of(v.toString(bs));
        });
        b.function("substring", (a, c) -> {
            String s = Args.string("substring", a, 0);
            NumberValue start = Args.number("substring", a, 1);
            NumberValue len = Args.number("substring", a, 2);
            NumberBuiltins.checkInt("substring", start, 1);
            NumberBuiltins.checkInt("substring", len, 2);
            if (start.signum() < 0) {
                throw BuiltinException.builtinError("substring: negative offset");
            }
            int[] cps = s.codePoints().toArray();
            long st = start.isLong() ? start.longValue() : Long.MAX_VALUE;
            if (st >= cps.length) {
                return StringValue.EMPTY;
            }
            long end = len.signum() < 0 || !len.isLong() ? cps.length : Math.min(cps.length, st + len.longValue());
            return StringValue.of(new String(cps, (int) st, (int) (end - st)));
        });
        b.function("sprintf", (a, c) -> {
            String f = Args.string("sprintf", a, 0);
            ArrayValue xs = Args.array("sprintf", a, 1);
            List<Object> args = new ArrayList<>(xs.size());
            for (Value v : xs.asList()) {
                args.add(goArg(v));
            }
            return StringValue.of(GoFormat.sprintf(f, args));
        });
        b.function("strings.reverse", (a, c) -> {
            if (!(a.get(0) instanceof StringValue s)) {
                throw Args.typeError("reverse", 0, a.get(0), "string");
            }
            return StringValue.of(new StringBuilder(s.value()).reverse().toString());
        });
        b.function("strings.count", (a, c) -> {
            String s = Args.string("strings.count", a, 0);
            String sub = Args.string("strings.count", a, 1);
            if (sub.isEmpty()) {
                return NumberValue.of(s.codePointCount(0, s.length()) + 1);
            }
            int n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return NumberValue.of(n);
        });
        b.function("strings.any_prefix_match", (a, c) -> anyMatch("strings.any_prefix_match", a, true));
        b.function("strings.any_suffix_match", (a, c) -> anyMatch("strings.any_suffix_match", a, false));
        TrimBuiltins.register(b);
    }

    /** Converts a value to the Go argument OPA passes to fmt.Sprintf. */
    static Object goArg(Value v) {
        if (v instanceof NumberValue n) {
            if (n.isLong()) {
                return n.longValue();
            }
            if (n.isInteger() && n.literal() == null) {
                return n.bigInteger();
            }
            if (n.isInteger() && n.literal() != null && n.literal().matches("-?[0-9]+")) {
                return n.bigInteger();
            }
            double d = n.doubleValue();
            if (Double.isInfinite(d)) {
                return n.toString();
            }
            return d;
        }
        if (v instanceof StringValue s) {
            return s.value();
        }
        return v.toString();
    }

    static String mapCase(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
        return sb.toString();
    }

    static String replaceAll(String s, String old, String nw) {
        if (!old.isEmpty()) {
            return s.replace(old, nw);
        }
        StringBuilder sb = new StringBuilder(nw);
        s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(nw));
        return sb.toString();
    }

    static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        int from = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static Value replaceN(List<Value> a) throws BuiltinException {
        ObjectValue patterns = Args.object("strings.replace_n", a, 0);
        String s = Args.string("strings.replace_n", a, 1);
        List<String[]> pairs = new ArrayList<>();
        for (Value k : patterns.sortedKeys()) {
            if (!(k instanceof StringValue ks)) {
                throw BuiltinException.typeError("strings.replace_n: operand 1 non-string key found in pattern object");
            }
            if (!(patterns.get(k) instanceof StringValue vs)) {
                throw BuiltinException.typeError(
                        "strings.replace_n: operand 1 non-string value found in pattern object");
            }
            pairs.add(new String[] {ks.value(), vs.value()});
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        outer:
        while (i <= s.length()) {
            for (String[] p : pairs) {
                if (!p[0].isEmpty() && s.startsWith(p[0], i)) {
                    sb.append(p[1]);
                    i += p[0].length();
                    continue outer;
                }
            }
            if (i == s.length()) {
                break;
            }
            sb.append(s.charAt(i++));
        }
        return StringValue.of(sb.toString());
    }

    /** The strings of a set or array operand, with OPA's messages. */
    static List<String> strings(String name, List<Value> a, int i) throws BuiltinException {
        Value v = a.get(i);
        List<Value> xs = Args.collection(v);
        if (xs == null) {
            throw Args.typeError(name, i, v, "set", "array");
        }
        List<String> out = new ArrayList<>(xs.size());
        for (Value x : xs) {
            if (!(x instanceof StringValue s)) {
                throw BuiltinException.typeError(name + ": operand " + (i + 1) + " must be " + v.typeName()
                        + " of strings but got " + v.typeName() + " containing " + x.typeName());
            }
            out.add(s.value());
        }
        return out;
    }

    private static Value anyMatch(String name, List<Value> a, boolean prefix) throws BuiltinException {
        List<String> xs = stringOrStrings(name, a, 0);
        List<String> ps = stringOrStrings(name, a, 1);
        for (String x : xs) {
            for (String p : ps) {
                if (prefix ? x.startsWith(p) : x.endsWith(p)) {
                    return BooleanValue.TRUE;
                }
            }
        }
        return BooleanValue.FALSE;
    }

    private static List<String> stringOrStrings(String name, List<Value> a, int i) throws BuiltinException {
        Value v = a.get(i);
        if (v instanceof StringValue s) {
            return List.of(s.value());
        }
        if (!(v instanceof ArrayValue) && !(v instanceof SetValue)) {
            throw Args.typeError(name, i, v, "string", "set", "array");
        }
        return strings(name, a, i);
    }
}
