package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import java.math.BigInteger;

/** {@code uuid.parse}, following google/uuid's accepted forms and field extraction; invalid input is undefined. */
final class UuidBuiltins {
    private static final long GREGORIAN_OFFSET = 122_192_928_000_000_000L;

    private UuidBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("uuid.parse", (a, c) -> {
            byte[] u = parse(Args.string("uuid.parse", a, 0));
            if (u == null) {
                return null;
            }
            ObjectValue.Builder ob = ObjectValue.builder();
            int v8 = u[8] & 0xff;
            String variant = (v8 & 0xc0) == 0x80 ? "RFC4122" : (v8 & 0xe0) == 0xc0 ? "Microsoft"
                    : (v8 & 0xe0) == 0xe0 ? "Future" : "Reserved";
            int version = (u[6] & 0xff) >> 4;
            ob.put("variant", StringValue.of(variant));
            ob.put("version", NumberValue.of(version));
            if (version == 1 || version == 2) {
                long low = ((u[0] & 0xffL) << 24) | ((u[1] & 0xffL) << 16) | ((u[2] & 0xffL) << 8) | (u[3] & 0xffL);
                long mid = ((u[4] & 0xffL) << 8) | (u[5] & 0xffL);
                long hi = (((u[6] & 0xffL) << 8) | (u[7] & 0xffL)) & 0x0fff;
                long t = low | (mid << 32) | (hi << 48);
                ob.put("time", NumberValue.of(BigInteger.valueOf(t - GREGORIAN_OFFSET).multiply(BigInteger.valueOf(100))));
                ob.put("clocksequence", NumberValue.of((((u[8] & 0xff) << 8) | (u[9] & 0xff)) & 0x3fff));
                StringBuilder node = new StringBuilder();
                for (int i = 10; i < 16; i++) {
                    if (i > 10) {
                        node.append('-');
                    }
                    node.append(String.format("%02x", u[i] & 0xff));
                }
                ob.put("nodeid", StringValue.of(node.toString()));
                ob.put("macvariables", StringValue.of(((u[10] & 2) != 0 ? "local" : "global") + ":"
                        + ((u[10] & 1) != 0 ? "multicast" : "unicast")));
                if (version == 2) {
                    int d = u[9] & 0xff;
                    ob.put("domain", StringValue.of(d == 0 ? "Person" : d == 1 ? "Group" : d == 2 ? "Org"
                            : "Domain" + d));
                    ob.put("id", NumberValue.of(low));
                }
            }
            return ob.build();
        });
    }

    private static byte[] parse(String s) {
        String t;
        switch (s.length()) {
            case 36 -> t = s;
            case 45 -> {
                if (!s.substring(0, 9).equalsIgnoreCase("urn:uuid:")) {
                    return null;
                }
                t = s.substring(9);
            }
            case 38 -> t = s.substring(1, 37);
            case 32 -> {
                return hex(s);
            }
            default -> {
                return null;
            }
        }
        if (t.charAt(8) != '-' || t.charAt(13) != '-' || t.charAt(18) != '-' || t.charAt(23) != '-') {
            return null;
        }
        return hex(t.replace("-", "").length() == 32 ? t.replace("-", "") : "x");
    }

    private static byte[] hex(String s) {
        if (s.length() != 32) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 16; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out[i] = (byte) (hi * 16 + lo);
        }
        return out;
    }
}
