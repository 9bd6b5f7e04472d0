package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.NullValue;
import dev.gatehouse.rego.value.NumberValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Renders certificates, CSRs and names as Go's {@code crypto/x509} structs marshal to JSON (as OPA returns them). */
final class X509Values {
    private static final Map<String, String> NAME_FIELDS = Map.of("2.5.4.6", "Country", "2.5.4.10", "Organization",
            "2.5.4.11", "OrganizationalUnit", "2.5.4.7", "Locality", "2.5.4.8", "Province", "2.5.4.9", "StreetAddress",
            "2.5.4.17", "PostalCode");
    private static final Map<String, Integer> SIG_ALGS = Map.ofEntries(Map.entry("1.2.840.113549.1.1.4", 2),
            Map.entry("1.2.840.113549.1.1.5", 3), Map.entry("1.2.840.113549.1.1.11", 4),
            Map.entry("1.2.840.113549.1.1.12", 5), Map.entry("1.2.840.113549.1.1.13", 6),
            Map.entry("1.2.840.10045.4.1", 9), Map.entry("1.2.840.10045.4.3.2", 10),
            Map.entry("1.2.840.10045.4.3.3", 11), Map.entry("1.2.840.10045.4.3.4", 12),
            Map.entry("1.2.840.113549.1.1.10", 13), Map.entry("1.3.101.112", 16));
    private static final Map<String, Integer> EXT_KEY_USAGES = Map.of("2.5.29.37.0", 0, "1.3.6.1.5.5.7.3.1", 1,
            "1.3.6.1.5.5.7.3.2", 2, "1.3.6.1.5.5.7.3.3", 3, "1.3.6.1.5.5.7.3.4", 4, "1.3.6.1.5.5.7.3.8", 8,
            "1.3.6.1.5.5.7.3.9", 9);

    private X509Values() {
    }

    static Value b64(byte[] b) {
        return StringValue.of(Base64.getEncoder().encodeToString(b));
    }

    private static Value strings(List<String> xs) {
        if (xs.isEmpty()) {
            return NullValue.INSTANCE;
        }
        return ArrayValue.copyOf(xs.stream().map(s -> (Value) StringValue.of(s)).toList());
    }

    /** A DER-encoded X.501 Name as Go's {@code pkix.Name}. */
    static Value name(byte[] der) throws Der.Malformed {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        String cn = "";
        String serial = "";
        List<Value> names = new ArrayList<>();
        for (Der rdn : Der.parse(der).children()) {
            for (Der atv : rdn.children()) {
                List<Der> parts = atv.children();
                List<Long> oid = parts.get(0).oid();
                String oidText = String.join(".", oid.stream().map(String::valueOf).toList());
                String value = new String(parts.get(1).content(), parts.get(1).tag() == 0x1e
                        ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8);
                names.add(ObjectValue.builder()
                        .put("Type", ArrayValue.copyOf(oid.stream().map(l -> (Value) NumberValue.of(l)).toList()))
                        .put("Value", StringValue.of(value)).build());
                switch (oidText) {
                    case "2.5.4.3" -> cn = value;
                    case "2.5.4.5" -> serial = value;
                    default -> {
                        String f = NAME_FIELDS.get(oidText);
                        if (f != null) {
                            fields.computeIfAbsent(f, k -> new ArrayList<>()).add(value);
                        }
                    }
                }
            }
        }
        ObjectValue.Builder b = ObjectValue.builder();
        for (String f : List.of("Country", "Organization", "OrganizationalUnit", "Locality", "Province", "StreetAddress",
                "PostalCode")) {
            b.put(f, strings(fields.getOrDefault(f, List.of())));
        }
        return b.put("SerialNumber", StringValue.of(serial)).put("CommonName", StringValue.of(cn))
                .put("Names", names.isEmpty() ? NullValue.INSTANCE : ArrayValue.copyOf(names))
                .put("ExtraNames", NullValue.INSTANCE).build();
    }

    static Value publicKey(PublicKey k) {
        return switch (k) {
            case RSAPublicKey r -> ObjectValue.builder().put("N", NumberValue.of(r.getModulus()))
                    .put("E", NumberValue.of(r.getPublicExponent())).build();
            case ECPublicKey e -> ObjectValue.builder().put("X", NumberValue.of(e.getW().getAffineX()))
                    .put("Y", NumberValue.of(e.getW().getAffineY())).build();
            default -> ObjectValue.EMPTY;
        };
    }

    static int publicKeyAlgorithm(PublicKey k) {
        return switch (k.getAlgorithm()) {
            case "RSA" -> 1;
            case "DSA" -> 2;
            case "EC" -> 3;
            case "Ed25519", "EdDSA" -> 4;
            default -> 0;
        };
    }

    static int signatureAlgorithm(String oid) {
        return SIG_ALGS.getOrDefault(oid, 0);
    }

    private static String time(java.util.Date d) {
        return DateTimeFormatter.ISO_INSTANT.format(d.toInstant().atOffset(ZoneOffset.UTC).toInstant());
    }

    /** A certificate as Go's {@code x509.Certificate} JSON, plus OPA's {@code URIStrings}. */
    static Value certificate(X509Certificate c) throws Exception {
        List<String> dns = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        Collection<List<?>> sans = c.getSubjectAlternativeNames();
        if (sans != null) {
            for (List<?> san : sans) {
                String v = String.valueOf(san.get(1));
                switch ((Integer) san.get(0)) {
                    case 1 -> emails.add(v);
                    case 2 -> dns.add(v);
                    case 6 -> uris.add(v);
                    case 7 -> ips.add(v);
                    default -> {
                    }
                }
            }
        }
        int keyUsage = 0;
        boolean[] ku = c.getKeyUsage();
        if (ku != null) {
            for (int i = 0; i < ku.length; i++) {
                if (ku[i]) {
                    keyUsage |= 1 << i;
                }
            }
        }
        List<Value> eku = new ArrayList<>();
        if (c.getExtendedKeyUsage() != null) {
            for (String o : c.getExtendedKeyUsage()) {
                Integer v = EXT_KEY_USAGES.get(o);
                if (v != null) {
                    eku.add(NumberValue.of(v));
                }
            }
        }
        boolean bcValid = c.getExtensionValue("2.5.29.19") != null;
        int pathLen = c.getBasicConstraints();
        List<Value> uriObjects = new ArrayList<>();
        for (String u : uris) {
            UriBuiltins.Parts p = UriBuiltins.parse(u);
            uriObjects.add(ObjectValue.builder().put("Scheme", StringValue.of(p.scheme())).put("Opaque", StringValue.EMPTY)
                    .put("User", NullValue.INSTANCE).put("Host", StringValue.of(p.hostname()
                            + (p.port().isEmpty() ? "" : ":" + p.port())))
                    .put("Path", StringValue.of(p.path())).put("RawPath", StringValue.EMPTY)
                    .put("OmitHost", BooleanValue.FALSE).put("ForceQuery", BooleanValue.FALSE)
                    .put("RawQuery", StringValue.of(p.rawQuery())).put("Fragment", StringValue.of(p.fragment()))
                    .put("RawFragment", StringValue.EMPTY).build());
        }
        return ObjectValue.builder()
                .put("Raw", b64(c.getEncoded()))
                .put("RawTBSCertificate", b64(c.getTBSCertificate()))
                .put("RawSubjectPublicKeyInfo", b64(c.getPublicKey().getEncoded()))
                .put("RawSubject", b64(c.getSubjectX500Principal().getEncoded()))
                .put("RawIssuer", b64(c.getIssuerX500Principal().getEncoded()))
                .put("Signature", b64(c.getSignature()))
                .put("SignatureAlgorithm", NumberValue.of(signatureAlgorithm(c.getSigAlgOID())))
                .put("PublicKeyAlgorithm", NumberValue.of(publicKeyAlgorithm(c.getPublicKey())))
                .put("PublicKey", publicKey(c.getPublicKey()))
                .put("Version", NumberValue.of(c.getVersion()))
                .put("SerialNumber", NumberValue.of(c.getSerialNumber()))
                .put("Issuer", name(c.getIssuerX500Principal().getEncoded()))
                .put("Subject", name(c.getSubjectX500Principal().getEncoded()))
                .put("NotBefore", StringValue.of(time(c.getNotBefore())))
                .put("NotAfter", StringValue.of(time(c.getNotAfter())))
                .put("KeyUsage", NumberValue.of(keyUsage))
                .put("ExtKeyUsage", eku.isEmpty() ? NullValue.INSTANCE : ArrayValue.copyOf(eku))
                .put("BasicConstraintsValid", BooleanValue.of(bcValid))
                .put("IsCA", BooleanValue.of(pathLen >= 0))
                .put("MaxPathLen", NumberValue.of(pathLen == Integer.MAX_VALUE || pathLen < 0 ? -1 : pathLen))
                .put("MaxPathLenZero", BooleanValue.of(pathLen == 0))
                .put("DNSNames", strings(dns))
                .put("EmailAddresses", strings(emails))
                .put("IPAddresses", strings(ips))
                .put("URIs", uriObjects.isEmpty() ? NullValue.INSTANCE : ArrayValue.copyOf(uriObjects))
                .put("URIStrings", strings(uris))
                .build();
    }
}
