package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code crypto.x509.*} certificate and CSR parsing and chain verification on the JDK. */
final class X509Builtins {
    private static final Value INVALID = ArrayValue.of(new Value[] {BooleanValue.FALSE, ArrayValue.EMPTY});

    private X509Builtins() {
    }

    static void register(Builtins.Builder b) {
        b.function("crypto.x509.parse_certificates", (a, c) -> {
            String fn = "crypto.x509.parse_certificates";
            List<Value> out = new ArrayList<>();
            for (X509Certificate cert : certificates(fn, Args.string(fn, a, 0))) {
                out.add(render(fn, cert));
            }
            return ArrayValue.copyOf(out);
        });
        b.function("crypto.x509.parse_and_verify_certificates", (a, c) ->
                verify(Args.string("crypto.x509.parse_and_verify_certificates", a, 0)));
        b.function("crypto.x509.parse_and_verify_certificates_with_options", (a, c) ->
                verify(Args.string("crypto.x509.parse_and_verify_certificates_with_options", a, 0)));
        b.function("crypto.x509.parse_certificate_request", (a, c) -> {
            String fn = "crypto.x509.parse_certificate_request";
            String s = Args.string(fn, a, 0);
            byte[] bytes = s.startsWith("-----BEGIN CERTIFICATE REQUEST-----") ? s.getBytes(StandardCharsets.UTF_8)
                    : Pem.base64(fn, s);
            List<Pem.Block> blocks = Pem.blocks(new String(bytes, StandardCharsets.ISO_8859_1));
            if (!blocks.isEmpty()) {
                if (!blocks.get(0).type().equals("CERTIFICATE REQUEST")) {
                    throw BuiltinException.builtinError(fn + ": invalid PEM-encoded certificate signing request");
                }
                bytes = blocks.get(0).der();
            }
            try {
                return csr(bytes);
            } catch (Der.Malformed e) {
                throw BuiltinException.builtinError(fn + ": " + e.getMessage());
            }
        });
        b.function("crypto.x509.parse_keypair", (a, c) -> {
            String fn = "crypto.x509.parse_keypair";
            String cert = pemText(fn, Args.string(fn, a, 0));
            String key = pemText(fn, Args.string(fn, a, 1));
            List<Value> ders = new ArrayList<>();
            for (Pem.Block bl : Pem.blocks(cert)) {
                if (bl.type().equals("CERTIFICATE")) {
                    ders.add(X509Values.b64(bl.der()));
                }
            }
            List<Value> keys = PrivateKeys.jwks(key);
            if (ders.isEmpty() || keys.isEmpty()) {
                throw BuiltinException.builtinError(fn + ": tls: failed to find any PEM data in "
                        + (ders.isEmpty() ? "certificate" : "key") + " input");
            }
            return ObjectValue.builder().put("Certificate", ArrayValue.copyOf(ders)).put("PrivateKey", keys.get(0))
                    .put("OCSPStaple", NullValue.INSTANCE).put("SignedCertificateTimestamps", NullValue.INSTANCE)
                    .put("SupportedSignatureAlgorithms", NullValue.INSTANCE).put("Leaf", NullValue.INSTANCE).build();
        });
        b.function("crypto.x509.parse_rsa_private_key", (a, c) -> {
            String fn = "crypto.x509.parse_rsa_private_key";
            List<Value> keys = PrivateKeys.jwks(pemText(fn, Args.string(fn, a, 0)));
            if (keys.isEmpty()) {
                throw BuiltinException.builtinError(fn + ": failed to parse PEM block containing the key");
            }
            return keys.get(0);
        });
        b.function("crypto.parse_private_keys", (a, c) -> {
            String s = Args.string("crypto.parse_private_keys", a, 0);
            if (s.isEmpty()) {
                return NullValue.INSTANCE;
            }
            String text = s;
            if (!s.contains("-----BEGIN")) {
                try {
                    text = new String(java.util.Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return ArrayValue.EMPTY;
                }
            }
            return ArrayValue.copyOf(PrivateKeys.jwks(text));
        });
    }

    /** PEM text given directly or as base64 of PEM. */
    private static String pemText(String fn, String s) throws BuiltinException {
        if (s.contains("-----BEGIN")) {
            return s;
        }
        return new String(Pem.base64(fn, s), StandardCharsets.UTF_8);
    }

    private static Value render(String fn, X509Certificate cert) throws BuiltinException {
        try {
            return X509Values.certificate(cert);
        } catch (Exception e) {
            throw BuiltinException.builtinError(fn + ": " + e.getMessage());
        }
    }

    /** OPA's getX509CertsFromString: PEM text, base64 of PEM, or base64 of DER. */
    static List<X509Certificate> certificates(String fn, String s) throws BuiltinException {
        byte[] der;
        if (s.startsWith("-----BEGIN")) {
            der = pemCerts(fn, s);
        } else {
            byte[] raw = Pem.base64(fn, s);
            String asText = new String(raw, StandardCharsets.ISO_8859_1);
            der = asText.startsWith("-----BEGIN") ? pemCerts(fn, asText) : raw;
        }
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der))) {
                out.add((X509Certificate) cert);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no certificates");
            }
            return out;
        } catch (Exception e) {
            throw BuiltinException.builtinError(fn + ": x509: malformed certificate");
        }
    }

    private static byte[] pemCerts(String fn, String text) throws BuiltinException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Pem.Block bl : Pem.blocks(text)) {
            if (!bl.type().equals("CERTIFICATE")) {
                throw BuiltinException.builtinError(fn + ": PEM block type is '" + bl.type() + "', expected CERTIFICATE");
            }
            out.writeBytes(bl.der());
        }
        return out.toByteArray();
    }

    private static Value verify(String s) {
        try {
            List<X509Certificate> certs = certificates("crypto.x509.parse_and_verify_certificates", s);
            if (certs.size() < 2) {
                return INVALID;
            }
            // OPA's order: the root first, intermediates, the leaf last; the result chain runs leaf to root
            X509Certificate root = certs.getFirst();
            List<X509Certificate> path = new ArrayList<>(certs.subList(1, certs.size()));
            java.util.Collections.reverse(path);
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            params.setRevocationEnabled(false);
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            CertPathValidator.getInstance("PKIX").validate(cf.generateCertPath(path), params);
            path.add(root);
            List<Value> out = new ArrayList<>();
            for (X509Certificate cert : path) {
                out.add(X509Values.certificate(cert));
            }
            return ArrayValue.of(new Value[] {BooleanValue.TRUE, ArrayValue.copyOf(out)});
        } catch (Exception e) {
            return INVALID;
        }
    }

    /** A PKCS#10 request as Go's {@code x509.CertificateRequest} JSON. */
    private static Value csr(byte[] der) throws Der.Malformed {
        Der req = Der.parse(der).expect(0x30);
        List<Der> top = req.children();
        if (top.size() != 3) {
            throw new Der.Malformed("sequence truncated");
        }
        Der info = top.get(0).expect(0x30);
        List<Der> fields = info.children();
        if (fields.size() < 3) {
            throw new Der.Malformed("sequence truncated");
        }
        Der spki = fields.get(2).expect(0x30);
        PublicKey key = null;
        for (String algo : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                key = KeyFactory.getInstance(algo).generatePublic(new X509EncodedKeySpec(spki.encoded()));
                break;
            } catch (Exception ignored) {
                // next algorithm
            }
        }
        List<Long> sigOid = top.get(1).children().get(0).oid();
        byte[] sig = top.get(2).content();
        byte[] sigBits = java.util.Arrays.copyOfRange(sig, Math.min(1, sig.length), sig.length);
        return ObjectValue.builder()
                .put("Raw", X509Values.b64(der))
                .put("RawTBSCertificateRequest", X509Values.b64(info.encoded()))
                .put("RawSubjectPublicKeyInfo", X509Values.b64(spki.encoded()))
                .put("RawSubject", X509Values.b64(fields.get(1).encoded()))
                .put("Version", NumberValue.of(fields.get(0).integer()))
                .put("Signature", X509Values.b64(sigBits))
                .put("SignatureAlgorithm", NumberValue.of(X509Values.signatureAlgorithm(
                        String.join(".", sigOid.stream().map(String::valueOf).toList()))))
                .put("PublicKeyAlgorithm", NumberValue.of(key == null ? 0 : X509Values.publicKeyAlgorithm(key)))
                .put("PublicKey", key == null ? NullValue.INSTANCE : X509Values.publicKey(key))
                .put("Subject", X509Values.name(fields.get(1).encoded()))
                .put("Attributes", NullValue.INSTANCE).put("Extensions", NullValue.INSTANCE)
                .put("ExtraExtensions", NullValue.INSTANCE).put("DNSNames", NullValue.INSTANCE)
                .put("EmailAddresses", NullValue.INSTANCE).put("IPAddresses", NullValue.INSTANCE)
                .put("URIs", NullValue.INSTANCE).build();
    }
}
