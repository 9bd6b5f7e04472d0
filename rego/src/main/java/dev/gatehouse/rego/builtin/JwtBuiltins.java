package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/** {@code io.jwt.decode}, {@code io.jwt.verify_*} and {@code io.jwt.decode_verify}, following OPA's rules. */
final class JwtBuiltins {
    private static final Value INVALID = ArrayValue.of(new Value[] {BooleanValue.FALSE, ObjectValue.EMPTY,
        ObjectValue.EMPTY});

    private JwtBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function("io.jwt.decode", (a, c) -> {
            Jwt t = Jwt.decode("io.jwt.decode", Args.string("io.jwt.decode", a, 0));
            return ArrayValue.of(new Value[] {t.header(), t.payload(), StringValue.of(CryptoBuiltins.hex(t.signature()))});
        });
        for (String alg : Jws.ALGORITHMS) {
            String fn = "io.jwt.verify_" + alg.toLowerCase();
            if (alg.startsWith("HS")) {
                b.function(fn, (a, c) -> {
                    Jwt t = raw(fn, Args.string(fn, a, 0));
                    byte[] secret = Args.string(fn, a, 1).getBytes(StandardCharsets.UTF_8);
                    return BooleanValue.of(Jws.verify(alg, new SecretKeySpec(secret.length == 0 ? new byte[1] : secret,
                            "HMAC"), t.signingInput(), t.signature()));
                });
            } else {
                b.function(fn, (a, c) -> {
                    String token = Args.string(fn, a, 0);
                    List<JwtKeys.Entry> keys = JwtKeys.verificationKeys(fn, Args.string(fn, a, 1));
                    Jwt t = raw(fn, token);
                    for (JwtKeys.Entry k : keys) {
                        if (Jws.verify(alg, k.key(), t.signingInput(), t.signature())) {
                            return BooleanValue.TRUE;
                        }
                    }
                    return BooleanValue.FALSE;
                });
            }
        }
        b.function("io.jwt.decode_verify", (a, c) -> decodeVerify(a, c));
        JwtSign.register(b);
    }

    /** Splits and decodes a token for the verify_* builtins (signature checked against the outer token). */
    private static Jwt raw(String fn, String token) throws BuiltinException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw BuiltinException.builtinError(fn + ": encoded JWT must have 3 sections, found " + parts.length);
        }
        byte[] sig = Jwt.decodePart(fn, "signature", parts[2]);
        return new Jwt(ObjectValue.EMPTY, ObjectValue.EMPTY, sig, parts[0] + "." + parts[1]);
    }

    private static Value decodeVerify(List<Value> a, BuiltinContext ctx) throws BuiltinException {
        String fn = "io.jwt.decode_verify";
        String token = Args.string(fn, a, 0);
        ObjectValue cons = Args.object(fn, a, 1);
        List<JwtKeys.Entry> keys = null;
        String secret = null;
        String alg = null;
        String iss = null;
        String aud = null;
        BigDecimal time = BigDecimal.valueOf(ctx.nowNanos());
        for (Value k : cons.sortedKeys()) {
            String name = k instanceof StringValue s ? s.value() : k.toString();
            Value v = cons.get(k);
            switch (name) {
                case "cert" -> keys = JwtKeys.verificationKeys(fn, str(fn, name, v));
                case "secret" -> secret = str(fn, name, v);
                case "alg" -> alg = str(fn, name, v);
                case "iss" -> iss = str(fn, name, v);
                case "aud" -> aud = str(fn, name, v);
                case "time" -> {
                    if (!(v instanceof NumberValue n)) {
                        throw BuiltinException.builtinError(fn + ": token time constraint: must be a number");
                    }
                    time = n.bigDecimal();
                }
                default -> throw BuiltinException.builtinError(fn + ": unknown token validation constraint: " + name);
            }
        }
        if (keys == null && secret == null) {
            throw BuiltinException.builtinError(fn + ": both 'cert' and 'secret' are missing");
        }
        Jwt t = Jwt.decodeOne(fn, token);
        while (true) {
            if (!verified(t, keys, secret, alg)) {
                return INVALID;
            }
            if (t.nested() == null) {
                break;
            }
            t = Jwt.decodeOne(fn, t.nested());
        }
        if (!(t.payload() instanceof ObjectValue p)) {
            return INVALID;
        }
        Value exp = p.get("exp");
        if (exp != null) {
            if (!(exp instanceof NumberValue e)) {
                throw BuiltinException.builtinError(fn + ": exp value must be a number");
            }
            if (time.compareTo(e.bigDecimal().movePointRight(9)) >= 0) {
                return INVALID;
            }
        }
        Value nbf = p.get("nbf");
        if (nbf != null) {
            if (!(nbf instanceof NumberValue n)) {
                throw BuiltinException.builtinError(fn + ": nbf value must be a number");
            }
            if (time.compareTo(n.bigDecimal().movePointRight(9)) < 0) {
                return INVALID;
            }
        }
        if (iss != null && !(p.get("iss") instanceof StringValue pi && pi.value().equals(iss))) {
            return INVALID;
        }
        Value paud = p.get("aud");
        if (paud == null ? aud != null : aud == null || !audience(paud, aud)) {
            return INVALID;
        }
        return ArrayValue.of(new Value[] {BooleanValue.TRUE, t.header(), p});
    }

    private static boolean verified(Jwt t, List<JwtKeys.Entry> keys, String secret, String alg) {
        String talg = t.alg();
        if (t.header().get("crit") != null || !Jws.ALGORITHMS.contains(talg) || alg != null && !alg.equals(talg)) {
            return false;
        }
        if (keys != null) {
            for (JwtKeys.Entry k : keys) {
                if (Jws.verify(talg, k.key(), t.signingInput(), t.signature())) {
                    return true;
                }
            }
            return false;
        }
        byte[] s = secret.getBytes(StandardCharsets.UTF_8);
        return talg.startsWith("HS") && Jws.verify(talg, new SecretKeySpec(s.length == 0 ? new byte[1] : s, "HMAC"),
                t.signingInput(), t.signature());
    }

    private static boolean audience(Value paud, String aud) {
        if (paud instanceof StringValue s) {
            return s.value().equals(aud);
        }
        return paud instanceof ArrayValue arr && arr.asList().contains(StringValue.of(aud));
    }

    private static String str(String fn, String name, Value v) throws BuiltinException {
        if (!(v instanceof StringValue s)) {
            throw BuiltinException.builtinError(fn + ": token " + name + " constraint: must be a string");
        }
        return s.value();
    }
}
