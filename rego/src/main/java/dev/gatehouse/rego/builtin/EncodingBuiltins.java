package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code base64.*}, {@code base64url.*}, {@code hex.*} and {@code urlquery.*} builtins. */
final class EncodingBuiltins {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private EncodingBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("base64.encode", (a, c) -> StringValue.of(Base64.getEncoder().encodeToString(
                GoStrings.utf8(Args.string("base64.encode", a, 0)))));
        b.function("base64.decode", (a, c) -> StringValue.of(GoStrings.fromUtf8(
                decode("base64.decode", Args.string("base64.decode", a, 0), false))));
        b.function("base64.is_valid", (a, c) -> {
            try {
                decode("base64.is_valid", Args.string("base64.is_valid", a, 0), false);
                return BooleanValue.TRUE;
            } catch (BuiltinException e) {
                return BooleanValue.FALSE;
            }
        });
        b.function("base64url.encode", (a, c) -> StringValue.of(Base64.getUrlEncoder().encodeToString(
                GoStrings.utf8(Args.string("base64url.encode", a, 0)))));
        b.function("base64url.encode_no_pad", (a, c) -> StringValue.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(GoStrings.utf8(Args.string("base64url.encode_no_pad", a, 0)))));
        b.function("base64url.decode", (a, c) -> StringValue.of(GoStrings.fromUtf8(
                decode("base64url.decode", Args.string("base64url.decode", a, 0), true))));
        b.function("hex.encode", (a, c) -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : GoStrings.utf8(Args.string("hex.encode", a, 0))) {
                sb.append(HEX[(x >> 4) & 15]).append(HEX[x & 15]);
            }
            return StringValue.of(sb.toString());
        });
        b.function("hex.decode", (a, c) -> {
            String s = Args.string("hex.decode", a, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i + 1 < s.length() + 1; i += 2) {
                int hi = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                if (hi < 0) {
                    throw hexError(s.codePointAt(i));
                }
                if (i + 1 >= s.length()) {
                    throw BuiltinException.builtinError("hex.decode: encoding/hex: odd length hex string");
                }
                int lo = Character.digit(s.charAt(i + 1), 16);
                if (lo < 0) {
                    throw hexError(s.codePointAt(i + 1));
                }
                out.write(hi * 16 + lo);
            }
            return StringValue.of(GoStrings.fromUtf8(out.toByteArray()));
        });
        b.function("urlquery.encode", (a, c) -> StringValue.of(Url.queryEscape(Args.string("urlquery.encode", a, 0))));
        b.function("urlquery.decode", (a, c) -> StringValue.of(Url.unescape("urlquery.decode",
                Args.string("urlquery.decode", a, 0), true)));
        b.function("urlquery.encode_object", (a, c) -> {
            ObjectValue o = Args.object("urlquery.encode_object", a, 0);
            List<String> parts = new ArrayList<>();
            for (Value k : o.sortedKeys()) {
                Value v = o.get(k);
                List<Value> vs = v instanceof StringValue ? List.of(v) : Args.collection(v);
                if (!(k instanceof StringValue ks) || vs == null
                        || !vs.stream().allMatch(x -> x instanceof StringValue)) {
                    throw BuiltinException.typeError("urlquery.encode_object: operand 1 must be object[string: "
                            + "any<string, array[string], set[string]>] but got object containing " + v.typeName());
                }
                String key = Url.queryEscape(ks.value());
                for (Value x : vs) {
                    parts.add(key + "=" + Url.queryEscape(((StringValue) x).value()));
                }
            }
            return StringValue.of(String.join("&", parts));
        });
        b.function("urlquery.decode_object", (a, c) -> {
            String s = Args.string("urlquery.decode_object", a, 0);
            Map<String, List<Value>> m = new LinkedHashMap<>();
            for (String part : s.split("&", -1)) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String k = Url.unescape("urlquery.decode_object", eq < 0 ? part : part.substring(0, eq), true);
                String v = eq < 0 ? "" : Url.unescape("urlquery.decode_object", part.substring(eq + 1), true);
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(StringValue.of(v));
            }
            ObjectValue.Builder ob = ObjectValue.builder();
            m.forEach((k, v) -> ob.put(k, ArrayValue.copyOf(v)));
            return ob.build();
        });
        UriBuiltins.register(b);
    }

    private static BuiltinException hexError(int cp) {
        return BuiltinException.builtinError("hex.decode: encoding/hex: invalid byte: U+"
                + String.format("%04X", cp) + " " + dev.gatehouse.rego.value.Values.quoteGo(
                        new String(Character.toChars(cp))).replaceAll("^\"|\"$", "'"));
    }

    /** Go's base64 decoding; url variant accepts missing padding like OPA. */
    static byte[] decode(String fn, String s, boolean url) throws BuiltinException {
        String t = s.replace("\r", "").replace("\n", "");
        if (url && t.length() % 4 != 0 && !t.endsWith("=")) {
            t = t + "=".repeat(4 - t.length() % 4);
        }
        try {
            if (t.length() % 4 != 0) {
                throw new IllegalArgumentException();
            }
            return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(t);
        } catch (IllegalArgumentException e) {
            int pos = firstBad(t, url);
            throw BuiltinException.builtinError(fn + ": illegal base64 data at input byte " + pos);
        }
    }

    private static int firstBad(String t, boolean url) {
        String alphabet = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < t.length(); i++) {
            if (alphabet.indexOf(t.charAt(i)) < 0) {
                return i;
            }
        }
        return Math.max(0, t.length() - t.length() % 4);
    }
}
