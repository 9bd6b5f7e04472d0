package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A decoded compact JWS (JWT): header, payload, raw signature and the signing input. Decoding follows
 * OPA: three sections, JWE rejected, nested tokens ({@code cty: JWT}) unwrapped.
 */
record Jwt(ObjectValue header, Value payload, byte[] signature, String signingInput) {

    /** Decodes {@code token}, unwrapping nested tokens, raising OPA's messages prefixed with {@code fn}. */
    static Jwt decode(String fn, String token) throws BuiltinException {
        Jwt t = decodeOne(fn, token);
        while (t.nested() != null) {
            t = decodeOne(fn, t.nested());
        }
        return t;
    }

    /** The nested token carried in the payload when {@code cty} is JWT, else null. */
    String nested() {
        return payload instanceof StringValue s && header.get("cty") instanceof StringValue cty
                && cty.value().equalsIgnoreCase("JWT") ? s.value() : null;
    }

    /** Decodes one level; a nested token's payload is returned as a string value (see {@link #nested()}). */
    static Jwt decodeOne(String fn, String token) throws BuiltinException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw BuiltinException.builtinError(fn + ": encoded JWT must have 3 sections, found " + parts.length);
        }
        Value h = json(fn, "header", decodePart(fn, "header", parts[0]));
        if (!(h instanceof ObjectValue header)) {
            throw BuiltinException.builtinError(fn + ": JWT header had invalid encoding: not a JSON object");
        }
        if (header.get("enc") != null) {
            throw BuiltinException.builtinError(fn + ": JWT is a JWE object, which is not supported");
        }
        byte[] payloadBytes = decodePart(fn, "payload", parts[1]);
        byte[] sig = decodePart(fn, "signature", parts[2]);
        if (header.get("cty") instanceof StringValue cty && cty.value().equalsIgnoreCase("JWT")) {
            String text = new String(payloadBytes, StandardCharsets.UTF_8);
            Value inner;
            try {
                inner = Values.fromJson(text);
            } catch (IllegalArgumentException e) {
                inner = null;
            }
            String nested = inner instanceof StringValue s ? s.value() : text;
            return new Jwt(header, StringValue.of(nested), sig, parts[0] + "." + parts[1]);
        }
        Value payload = json(fn, "payload", payloadBytes);
        return new Jwt(header, payload, sig, parts[0] + "." + parts[1]);
    }

    static byte[] decodePart(String fn, String what, String s) throws BuiltinException {
        String t = s;
        while (t.endsWith("=")) {
            t = t.substring(0, t.length() - 1);
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                throw BuiltinException.builtinError(fn + ": JWT " + what + " had invalid encoding: illegal base64 data at "
                        + "input byte " + i);
            }
        }
        if (t.length() % 4 == 1) {
            throw BuiltinException.builtinError(fn + ": JWT " + what + " had invalid encoding: illegal base64 data at "
                    + "input byte " + (t.length() - 1));
        }
        return Base64.getUrlDecoder().decode(t);
    }

    private static Value json(String fn, String what, byte[] bytes) throws BuiltinException {
        try {
            return Values.fromJson(GoStrings.fromUtf8(bytes));
        } catch (IllegalArgumentException e) {
            throw BuiltinException.builtinError(fn + ": JWT " + what + " had invalid encoding: " + e.getMessage());
        }
    }

    /** The header's {@code alg}, or "" when absent. */
    String alg() {
        return header.get("alg") instanceof StringValue s ? s.value() : "";
    }

    /** Unpadded base64url. */
    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
