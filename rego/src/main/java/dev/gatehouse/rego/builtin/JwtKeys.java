package dev.gatehouse.rego.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Keys for JWT builtins: PEM certificates / public keys and JWK (sets), parsed with the JDK. */
final class JwtKeys {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JwtKeys() {
    }

    /** A key usable for verification or signing, with its JWK {@code kid} and {@code alg} if any. */
    record Entry(Key key, String kid, String alg) {
    }

    /** OPA's getKeysFromCertOrJWK: a PEM certificate, a PEM public key, or a JWK / JWK set. */
    static List<Entry> verificationKeys(String fn, String text) throws BuiltinException {
        int begin = text.indexOf("-----BEGIN ");
        if (begin >= 0) {
            int typeEnd = text.indexOf("-----", begin + 11);
            String type = typeEnd < 0 ? "" : text.substring(begin + 11, typeEnd);
            String endMarker = "-----END " + type + "-----";
            int end = typeEnd < 0 ? -1 : text.indexOf(endMarker, typeEnd);
            if (end >= 0) {
                String rest = text.substring(end + endMarker.length());
                if (rest.startsWith("\r\n")) {
                    rest = rest.substring(2);
                } else if (rest.startsWith("\n")) {
                    rest = rest.substring(1);
                }
                if (!rest.isEmpty()) {
                    throw BuiltinException.builtinError(fn + ": extra data after a PEM certificate block");
                }
                String body = text.substring(typeEnd + 5, end).replaceAll("\\s", "");
                byte[] der;
                try {
                    der = Base64.getMimeDecoder().decode(body);
                } catch (IllegalArgumentException e) {
                    der = null;
                }
                if (type.equals("CERTIFICATE")) {
                    try {
                        if (der == null) {
                            throw new IllegalArgumentException("bad base64");
                        }
                        PublicKey k = CertificateFactory.getInstance("X.509")
                                .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
                        return List.of(new Entry(k, null, null));
                    } catch (Exception e) {
                        throw BuiltinException.builtinError(fn + ": failed to parse a PEM certificate: x509: malformed certificate");
                    }
                }
                if (type.equals("PUBLIC KEY")) {
                    PublicKey k = der == null ? null : pkix(der);
                    if (k == null) {
                        throw BuiltinException.builtinError(fn + ": failed to parse a PEM public key");
                    }
                    return List.of(new Entry(k, null, null));
                }
                throw BuiltinException.builtinError(fn + ": failed to extract a Key from the PEM certificate");
            }
        }
        try {
            JsonNode n = MAPPER.readTree(text);
            List<Entry> out = new ArrayList<>();
            if (n != null && n.has("keys")) {
                for (JsonNode k : n.get("keys")) {
                    out.add(jwk(k, false));
                }
            } else if (n != null && n.isObject()) {
                out.add(jwk(n, false));
            } else {
                throw new IllegalArgumentException("not a JWK");
            }
            return out;
        } catch (Exception e) {
            throw BuiltinException.builtinError(fn + ": failed to parse a JWK key (set): " + e.getMessage());
        }
    }

    private static PublicKey pkix(byte[] der) {
        for (String algo : new String[] {"RSA", "EC", "Ed25519", "Ed448"}) {
            try {
                return KeyFactory.getInstance(algo).generatePublic(new X509EncodedKeySpec(der));
            } catch (Exception ignored) {
                // try the next algorithm
            }
        }
        return null;
    }

    private static BigInteger num(JsonNode k, String f) {
        JsonNode v = k.get(f);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing \"" + f + "\"");
        }
        return new BigInteger(1, Base64.getUrlDecoder().decode(v.asText().replace("=", "")));
    }

    private static byte[] raw(JsonNode k, String f) {
        JsonNode v = k.get(f);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing \"" + f + "\"");
        }
        return Base64.getUrlDecoder().decode(v.asText().replace("=", ""));
    }

    /** Parses one JWK; {@code priv} selects the private part (for signing). Secrets are returned as raw bytes keys. */
    static Entry jwk(JsonNode k, boolean priv) throws Exception {
        String kty = k.path("kty").asText("");
        String kid = k.has("kid") ? k.get("kid").asText() : null;
        String alg = k.has("alg") ? k.get("alg").asText() : null;
        Key key = switch (kty) {
            case "oct" -> new javax.crypto.spec.SecretKeySpec(raw(k, "k").length == 0 ? new byte[1] : raw(k, "k"), "HMAC");
            case "RSA" -> {
                KeyFactory f = KeyFactory.getInstance("RSA");
                if (!priv) {
                    yield f.generatePublic(new RSAPublicKeySpec(num(k, "n"), num(k, "e")));
                }
                if (k.has("p") && k.has("q") && k.has("dp") && k.has("dq") && k.has("qi")) {
                    yield f.generatePrivate(new RSAPrivateCrtKeySpec(num(k, "n"), num(k, "e"), num(k, "d"), num(k, "p"),
                            num(k, "q"), num(k, "dp"), num(k, "dq"), num(k, "qi")));
                }
                yield f.generatePrivate(new RSAPrivateKeySpec(num(k, "n"), num(k, "d")));
            }
            case "EC" -> {
                AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
                String crv = switch (k.path("crv").asText()) {
                    case "P-256" -> "secp256r1";
                    case "P-384" -> "secp384r1";
                    case "P-521" -> "secp521r1";
                    default -> throw new IllegalArgumentException("unsupported curve");
                };
                p.init(new ECGenParameterSpec(crv));
                ECParameterSpec spec = p.getParameterSpec(ECParameterSpec.class);
                KeyFactory f = KeyFactory.getInstance("EC");
                yield priv ? f.generatePrivate(new ECPrivateKeySpec(num(k, "d"), spec))
                        : f.generatePublic(new ECPublicKeySpec(new ECPoint(num(k, "x"), num(k, "y")), spec));
            }
            case "OKP" -> {
                KeyFactory f = KeyFactory.getInstance("Ed25519");
                if (priv) {
                    yield f.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, raw(k, "d")));
                }
                byte[] x = raw(k, "x");
                boolean odd = (x[x.length - 1] & 0x80) != 0;
                byte[] be = new byte[x.length];
                for (int i = 0; i < x.length; i++) {
                    be[i] = x[x.length - 1 - i];
                }
                be[0] &= 0x7f;
                yield f.generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519,
                        new EdECPoint(odd, new BigInteger(1, be))));
            }
            default -> throw new IllegalArgumentException("unsupported kty " + kty);
        };
        return new Entry(key, kid, alg);
    }
}
