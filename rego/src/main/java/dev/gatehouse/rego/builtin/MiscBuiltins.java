package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Membership ({@code internal.member_2/3}, the {@code in} operator), {@code internal.template_string},
 * {@code trace}, {@code strings.split_n}, {@code net.cidr_overlap}, {@code net.lookup_ip_addr} (literal addresses
 * and localhost only, never DNS), and the per-query random builtins
 * {@code uuid.rfc4122} / {@code rand.intn} (same arguments, same result within one query).
 */
final class MiscBuiltins {
    private static final SecureRandom RANDOM = new SecureRandom();

    private MiscBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("internal.member_2", (a, c) -> BooleanValue.of(member(a.get(0), a.get(1))));
        b.function("internal.member_3", (a, c) -> {
            Value key = a.get(0);
            Value v = a.get(1);
            Value child = switch (a.get(2)) {
                case ObjectValue o -> o.get(key);
                case ArrayValue arr -> key instanceof NumberValue n && n.isLong() && n.longValue() >= 0
                        && n.longValue() < arr.size() ? arr.get((int) n.longValue()) : null;
                default -> null;
            };
            return BooleanValue.of(child != null && child.equals(v));
        });
        b.function("internal.template_string", (a, c) -> {
            ArrayValue parts = Args.array("internal.template_string", a, 0);
            StringBuilder sb = new StringBuilder();
            for (Value p : parts.asList()) {
                if (p instanceof SetValue s) {
                    if (s.size() == 0) {
                        sb.append("<undefined>");
                        continue;
                    }
                    if (s.size() > 1) {
                        throw BuiltinException.builtinError(
                                "internal.template_string: template-strings must not produce multiple outputs");
                    }
                    p = s.sorted()[0];
                }
                sb.append(p instanceof StringValue sv ? sv.value() : p.toString());
            }
            return StringValue.of(sb.toString());
        });
        b.function("trace", (a, c) -> {
            Args.string("trace", a, 0);
            return BooleanValue.TRUE;
        });
        b.function("strings.split_n", (a, c) -> {
            String s = Args.string("strings.split_n", a, 0);
            String sep = Args.string("strings.split_n", a, 1);
            int n = Args.integer("strings.split_n", a, 2);
            List<String> all = StringBuiltins.split(s, sep);
            List<Value> out = new ArrayList<>();
            if (n == 0) {
                return ArrayValue.EMPTY;
            }
            if (n < 0 || all.size() <= n) {
                all.forEach(x -> out.add(StringValue.of(x)));
                return ArrayValue.copyOf(out);
            }
            for (int i = 0; i < n - 1; i++) {
                out.add(StringValue.of(all.get(i)));
            }
            out.add(StringValue.of(String.join(sep, all.subList(n - 1, all.size()))));
            return ArrayValue.copyOf(out);
        });
        b.function("net.cidr_overlap", (a, c) -> {
            Ip.Net net = NetBuiltins.cidr("net.cidr_overlap", Args.string("net.cidr_overlap", a, 0));
            Ip ip = Ip.parse(Args.string("net.cidr_overlap", a, 1));
            if (ip == null) {
                throw BuiltinException.builtinError("net.cidr_overlap: invalid IP address: " + a.get(1));
            }
            return BooleanValue.of(net.contains(ip));
        });
        b.function("net.lookup_ip_addr", (a, c) -> {
            String name = Args.string("net.lookup_ip_addr", a, 0);
            Ip ip = Ip.parse(name);
            if (ip != null) {
                return SetValue.of(List.of(StringValue.of(ip.toString())));
            }
            if (name.equalsIgnoreCase("localhost")) {
                return SetValue.of(List.of(StringValue.of("127.0.0.1"), StringValue.of("::1")));
            }
            // Gatehouse never resolves names from policies: only literal addresses and localhost are answered
            throw BuiltinException.builtinError("net.lookup_ip_addr: name resolution is not supported: " + name);
        });
        b.function("strings.render_template", (a, c) -> StringValue.of(GoTemplate.render(
                Args.string("strings.render_template", a, 0), Args.object("strings.render_template", a, 1))));
        b.function("uuid.rfc4122", (a, c) -> {
            String key = Args.string("uuid.rfc4122", a, 0);
            return c.cached(List.of("uuid.rfc4122", key), k -> StringValue.of(java.util.UUID.randomUUID().toString()));
        });
        b.function("rand.intn", (a, c) -> {
            String key = Args.string("rand.intn", a, 0);
            NumberValue n = Args.number("rand.intn", a, 1);
            if (!n.isInteger()) {
                throw BuiltinException.typeError("rand.intn: operand 2 must be integer number but got floating-point number");
            }
            long bound = Math.abs(n.longValue());
            if (bound == 0) {
                return NumberValue.ZERO;
            }
            return c.cached(List.of("rand.intn", key, NumberValue.of(bound)),
                    k -> NumberValue.of(RANDOM.nextLong(bound)));
        });
    }

    static boolean member(Value x, Value coll) {
        return switch (coll) {
            case SetValue s -> s.contains(x);
            case ArrayValue arr -> arr.asList().contains(x);
            case ObjectValue o -> o.asMap().containsValue(x);
            default -> false;
        };
    }
}
