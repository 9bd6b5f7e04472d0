package dev.gatehouse.rego.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.nio.charset.StandardCharsets;

/** {@code io.jwt.encode_sign} (objects, marshalled as Go does) and {@code io.jwt.encode_sign_raw} (raw JSON text). */
final class JwtSign {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JwtSign() {
    }

    static void register(Builtins.Builder b) {
        b.function("io.jwt.encode_sign", (a, c) -> {
            String fn = "io.jwt.encode_sign";
            ObjectValue header = Args.object(fn, a, 0);
            ObjectValue payload = Args.object(fn, a, 1);
            ObjectValue key = Args.object(fn, a, 2);
            return sign(fn, Values.toJson(header), Values.toJson(payload), Values.toJson(key));
        });
        b.function("io.jwt.encode_sign_raw", (a, c) -> {
            String fn = "io.jwt.encode_sign_raw";
            return sign(fn, Args.string(fn, a, 0), Args.string(fn, a, 1), Args.string(fn, a, 2));
        });
    }

    private static Value sign(String fn, String header, String payload, String jwk) throws BuiltinException {
        if (header.isEmpty()) {
            throw BuiltinException.builtinError(fn + ": missing or invalid 'alg' header: cannot parse JSON: cannot parse "
                    + "empty string");
        }
        Value h;
        try {
            h = Values.fromJson(header);
        } catch (IllegalArgumentException e) {
            h = null;
        }
        if (!(h instanceof ObjectValue ho) || !(ho.get("alg") instanceof StringValue algv)) {
            throw BuiltinException.builtinError(fn + ": missing or invalid 'alg' header: jwsbb: header \"alg\" not found");
        }
        String alg = algv.value();
        if (!Jws.ALGORITHMS.contains(alg)) {
            throw BuiltinException.builtinError(fn + ": unknown JWS algorithm: " + alg);
        }
        if (ho.get("typ") instanceof StringValue typ && typ.value().equalsIgnoreCase("JWT")) {
            try {
                Values.fromJson(payload);
            } catch (IllegalArgumentException e) {
                throw BuiltinException.builtinError(fn + ": type is JWT but payload is not JSON");
            }
        }
        JwtKeys.Entry key;
        try {
            JsonNode n = MAPPER.readTree(jwk);
            key = JwtKeys.jwk(n, true);
        } catch (Exception e) {
            throw BuiltinException.builtinError(fn + ": failed to parse a JWK key: " + e.getMessage());
        }
        String input = Jwt.b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + Jwt.b64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            return StringValue.of(input + "." + Jwt.b64(Jws.sign(alg, key.key(), input)));
        } catch (Exception e) {
            throw BuiltinException.builtinError(fn + ": failed to sign: " + e.getMessage());
        }
    }
}
