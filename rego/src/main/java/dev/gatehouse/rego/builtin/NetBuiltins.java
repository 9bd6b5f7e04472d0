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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** {@code net.cidr_*} builtins on literal addresses (no DNS, ever). */
final class NetBuiltins {
    private NetBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("net.cidr_is_valid", (a, c) -> BooleanValue.of(a.get(0) instanceof StringValue s
                && Ip.parseCidr(s.value()) != null));
        b.function("net.cidr_contains", (a, c) -> {
            Ip.Net net = cidr("net.cidr_contains", Args.string("net.cidr_contains", a, 0));
            return BooleanValue.of(contains("net.cidr_contains", net, Args.string("net.cidr_contains", a, 1)));
        });
        b.function("net.cidr_intersects", (a, c) -> {
            Ip.Net x = cidr("net.cidr_intersects", Args.string("net.cidr_intersects", a, 0));
            Ip.Net y = cidr("net.cidr_intersects", Args.string("net.cidr_intersects", a, 1));
            return BooleanValue.of(x.contains(y.ip()) || y.contains(x.ip()));
        });
        b.function("net.cidr_expand", (a, c) -> {
            Ip.Net net = cidr("net.cidr_expand", Args.string("net.cidr_expand", a, 0));
            List<Value> out = new ArrayList<>();
            BigInteger start = net.start();
            BigInteger size = net.size();
            for (BigInteger i = BigInteger.ZERO; i.compareTo(size) < 0; i = i.add(BigInteger.ONE)) {
                if ((out.size() & 0xff) == 0) {
                    c.checkCancelled();
                }
                out.add(StringValue.of(Ip.of(start.add(i), net.ip().bytes().length).toString()));
            }
            return ArrayValue.copyOf(out);
        });
        b.function("net.cidr_contains_matches", (a, c) -> {
            String fn = "net.cidr_contains_matches";
            List<Value[]> cidrs = entries(fn, a.get(0), 1);
            List<Value[]> addrs = entries(fn, a.get(1), 2);
            LinkedHashSet<Value> out = new LinkedHashSet<>();
            for (Value[] cn : cidrs) {
                Ip.Net net = cidr(fn, ((StringValue) cn[1]).value());
                for (Value[] ad : addrs) {
                    if (contains(fn, net, ((StringValue) ad[1]).value())) {
                        out.add(ArrayValue.of(new Value[] {cn[0], ad[0]}));
                    }
                }
            }
            return SetValue.wrap(out);
        });
        b.function("net.cidr_merge", (a, c) -> CidrMerge.merge(a.get(0)));
    }

    static Ip.Net cidr(String fn, String s) throws BuiltinException {
        Ip.Net n = Ip.parseCidr(s);
        if (n == null) {
            throw BuiltinException.builtinError(fn + ": invalid CIDR address: " + s);
        }
        return n;
    }

    private static boolean contains(String fn, Ip.Net net, String s) throws BuiltinException {
        if (s.indexOf('/') >= 0) {
            Ip.Net other = cidr(fn, s);
            return net.contains(other.ip()) && net.prefix() <= other.prefix()
                    && net.ip().bytes().length == other.ip().bytes().length;
        }
        Ip ip = Ip.parse(s);
        if (ip == null) {
            throw BuiltinException.builtinError(fn + ": invalid IP address: " + s);
        }
        return net.contains(ip);
    }

    /** (key, address string) pairs of a cidr_contains_matches operand. */
    private static List<Value[]> entries(String fn, Value v, int operand) throws BuiltinException {
        List<Value[]> out = new ArrayList<>();
        switch (v) {
            case StringValue s -> out.add(new Value[] {s, s});
            case ArrayValue arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    out.add(new Value[] {NumberValue.of(i), element(fn, arr.get(i), operand)});
                }
            }
            case SetValue set -> {
                for (Value e : set.sorted()) {
                    out.add(new Value[] {e, element(fn, e, operand)});
                }
            }
            case ObjectValue o -> {
                for (Map.Entry<Value, Value> e : o.asMap().entrySet()) {
                    out.add(new Value[] {e.getKey(), element(fn, e.getValue(), operand)});
                }
            }
            default -> throw Args.typeError(fn, operand - 1, v, "string", "array", "set", "object");
        }
        return out;
    }

    private static Value element(String fn, Value e, int operand) throws BuiltinException {
        if (e instanceof StringValue) {
            return e;
        }
        if (e instanceof ArrayValue arr && arr.size() > 0 && arr.get(0) instanceof StringValue) {
            return arr.get(0);
        }
        throw BuiltinException.builtinError(fn + ": operand " + operand + ": element must be string or non-empty array");
    }
}
