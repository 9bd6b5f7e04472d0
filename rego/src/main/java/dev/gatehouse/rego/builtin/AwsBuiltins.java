package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code providers.aws.sign_req}: AWS Signature Version 4 request signing, as OPA's AWS provider does it. */
final class AwsBuiltins {
    private static final String FN = "providers.aws.sign_req";
    private static final List<String> REQUIRED_CONFIG = List.of("aws_access_key", "aws_region", "aws_secret_access_key",
            "aws_service");

    private AwsBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.function(FN, (a, c) -> sign(Args.object(FN, a, 0), Args.object(FN, a, 1), a.get(2)));
    }

    private static String quoted(List<String> keys) {
        List<String> q = new ArrayList<>();
        for (String k : keys) {
            q.add(Values.quoteGo(k));
        }
        return "{" + String.join(", ", q) + "}";
    }

    private static void check(ObjectValue o, List<String> keys, int operand, String what) throws BuiltinException {
        List<String> missing = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String k : keys) {
            Value v = o.get(k);
            if (v == null) {
                missing.add(k);
            } else if (!(v instanceof StringValue)) {
                invalid.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw BuiltinException.typeError(FN + ": operand " + operand + " missing required " + what + " parameters(s): "
                    + quoted(missing));
        }
        if (!invalid.isEmpty()) {
            throw BuiltinException.typeError(FN + ": operand " + operand + " invalid values for required " + what
                    + " parameters(s): " + quoted(invalid));
        }
    }

    private static String str(ObjectValue o, String k) {
        return o.get(k) instanceof StringValue s ? s.value() : "";
    }

    private static Value sign(ObjectValue req, ObjectValue cfg, Value time) throws BuiltinException {
        check(req, List.of("method", "url"), 1, "request");
        check(cfg, REQUIRED_CONFIG, 2, "AWS config");
        boolean unsigned = false;
        Value dps = cfg.get("disable_payload_signing");
        if (dps != null) {
            if (!(dps instanceof BooleanValue bv)) {
                throw BuiltinException.typeError(FN + ": operand 2 invalid value for 'disable_payload_signing' in AWS config");
            }
            unsigned = bv.value();
        }
        if (!(time instanceof NumberValue n) || !n.isLong() || n.signum() < 0) {
            throw BuiltinException.typeError(FN + ": operand 3 could not convert time_ns value into a unix timestamp");
        }
        long ns = n.longValue();
        Instant t = Instant.ofEpochSecond(ns / 1_000_000_000L, ns % 1_000_000_000L);
        String amzDate = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(t);
        String day = amzDate.substring(0, 8);
        UriBuiltins.Parts url;
        try {
            url = UriBuiltins.parse(str(req, "url"));
        } catch (Url.EscapeError e) {
            throw BuiltinException.builtinError(FN + ": " + e.getMessage());
        }
        String host = url.hostname() + (url.port().isEmpty() ? "" : ":" + url.port());
        byte[] body;
        if (req.get("raw_body") instanceof StringValue raw) {
            body = raw.value().getBytes(StandardCharsets.UTF_8);
        } else if (req.get("body") != null) {
            body = Values.toJson(req.get("body")).getBytes(StandardCharsets.UTF_8);
        } else {
            body = new byte[0];
        }
        String payloadHash = unsigned ? "UNSIGNED-PAYLOAD" : hex(sha256(body));
        TreeMap<String, String> headers = new TreeMap<>();
        if (req.get("headers") instanceof ObjectValue hs) {
            for (Map.Entry<Value, Value> e : hs.asMap().entrySet()) {
                String k = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toString();
                headers.put(k, e.getValue() instanceof StringValue s ? s.value() : e.getValue().toString());
            }
        }
        headers.put("host", host);
        headers.put("x-amz-date", amzDate);
        // OPA's quirk: a caller-supplied x-amz-content-sha256 is what gets signed, the computed hash is what is returned
        String suppliedHash = headers.putIfAbsent("x-amz-content-sha256", payloadHash);
        String token = str(cfg, "aws_session_token");
        if (!token.isEmpty()) {
            headers.put("x-amz-security-token", token);
        }
        String signed = String.join(";", headers.keySet());
        StringBuilder canon = new StringBuilder();
        // as OPA's signer: the method as given and the path as parsed (no "/" default)
        canon.append(str(req, "method")).append('\n')
                .append(url.path()).append('\n')
                .append(url.rawQuery()).append('\n');
        headers.forEach((k, v) -> canon.append(k).append(':').append(v.trim()).append('\n'));
        canon.append('\n').append(signed).append('\n').append(payloadHash);
        String scope = day + "/" + str(cfg, "aws_region") + "/" + str(cfg, "aws_service") + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256(canon.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + str(cfg, "aws_secret_access_key")).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, str(cfg, "aws_region"));
        key = hmac(key, str(cfg, "aws_service"));
        key = hmac(key, "aws4_request");
        String signature = hex(hmac(key, toSign));
        ObjectValue.Builder out = ObjectValue.builder();
        headers.forEach((k, v) -> out.put(k, StringValue.of(v)));
        if (suppliedHash != null) {
            out.put("x-amz-content-sha256", StringValue.of(payloadHash));
        }
        out.put("Authorization", StringValue.of("AWS4-HMAC-SHA256 Credential=" + str(cfg, "aws_access_key") + "/" + scope
                + ",SignedHeaders=" + signed + ",Signature=" + signature));
        return req.with(StringValue.of("headers"), out.build());
    }

    private static byte[] sha256(byte[] b) throws BuiltinException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw BuiltinException.builtinError(FN + ": " + e.getMessage());
        }
    }

    private static byte[] hmac(byte[] key, String data) throws BuiltinException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw BuiltinException.builtinError(FN + ": " + e.getMessage());
        }
    }

    private static String hex(byte[] b) {
        return CryptoBuiltins.hex(b);
    }
}
