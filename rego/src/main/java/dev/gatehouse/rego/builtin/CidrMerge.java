package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code net.cidr_merge}: the smallest set of networks covering the given ones, IPv4 before IPv6. */
final class CidrMerge {
    private CidrMerge() {
    }

    static Value merge(Value arg) throws BuiltinException {
        List<Value> xs = Args.collection(arg);
        if (xs == null) {
            throw Args.typeError("net.cidr_merge", 0, arg, "array", "set");
        }
        List<Ip.Net> v4 = new ArrayList<>();
        List<Ip.Net> v6 = new ArrayList<>();
        for (Value x : xs) {
            if (!(x instanceof StringValue s)) {
                throw BuiltinException.typeError("net.cidr_merge: operand 1 must be array of strings but got array "
                        + "containing " + x.typeName());
            }
            Ip.Net n = parse(s.value());
            (n.ip().bytes().length == 4 ? v4 : v6).add(n);
        }
        List<Value> out = new ArrayList<>();
        for (Ip.Net n : mergeFamily(v4)) {
            out.add(StringValue.of(n.toString()));
        }
        for (Ip.Net n : mergeFamily(v6)) {
            out.add(StringValue.of(n.toString()));
        }
        return ArrayValue.copyOf(out);
    }

    private static Ip.Net parse(String s) throws BuiltinException {
        if (s.indexOf('/') >= 0) {
            Ip.Net n = Ip.parseCidr(s);
            if (n == null) {
                throw BuiltinException.builtinError("net.cidr_merge: invalid CIDR address: " + s);
            }
            return n;
        }
        Ip ip = Ip.parse(s);
        if (ip == null) {
            throw BuiltinException.builtinError("net.cidr_merge: invalid IP address: " + s);
        }
        if (ip.bytes().length == 16) {
            throw BuiltinException.builtinError("net.cidr_merge: IPv6 invalid: needs prefix length");
        }
        int first = ip.bytes()[0] & 0xff;
        int prefix = first < 0x80 ? 8 : first < 0xC0 ? 16 : first < 0xE0 ? 24 : -1;
        if (prefix < 0) {
            throw BuiltinException.builtinError("net.cidr_merge: IP address has no default mask: " + s);
        }
        return new Ip.Net(ip.mask(prefix), prefix);
    }

    private static List<Ip.Net> mergeFamily(List<Ip.Net> nets) {
        nets.sort(Comparator.comparing(Ip.Net::start).thenComparingInt(Ip.Net::prefix));
        List<Ip.Net> stack = new ArrayList<>();
        for (Ip.Net n : nets) {
            if (!stack.isEmpty()) {
                Ip.Net top = stack.getLast();
                if (top.prefix() <= n.prefix() && top.contains(n.ip())) {
                    continue;
                }
            }
            stack.add(n);
            while (stack.size() >= 2) {
                Ip.Net b = stack.get(stack.size() - 1);
                Ip.Net a = stack.get(stack.size() - 2);
                if (a.prefix() == b.prefix() && a.prefix() > 0
                        && a.start().add(a.size()).equals(b.start())
                        && a.start().testBit(a.bits() - a.prefix()) == false) {
                    stack.removeLast();
                    stack.removeLast();
                    int p = a.prefix() - 1;
                    Ip.Net parent = new Ip.Net(Ip.of(a.start(), a.ip().bytes().length).mask(p), p);
                    while (!stack.isEmpty() && parent.contains(stack.getLast().ip())
                            && stack.getLast().prefix() >= p) {
                        stack.removeLast();
                    }
                    stack.add(parent);
                } else {
                    break;
                }
            }
        }
        return stack;
    }
}
