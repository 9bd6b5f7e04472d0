package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Private keys from PEM (PKCS#1 RSA, PKCS#8) rendered as JWKs, as OPA's crypto builtins return them. */
final class PrivateKeys {
    private PrivateKeys() {
    }

    /** JWKs for every private key block in {@code pem}; unparseable blocks are skipped. */
    static List<Value> jwks(String pem) {
        List<Value> out = new ArrayList<>();
        for (Pem.Block bl : Pem.blocks(pem)) {
            try {
                switch (bl.type()) {
                    case "RSA PRIVATE KEY" -> out.add(pkcs1(bl.der()));
                    case "PRIVATE KEY" -> {
                        PrivateKey k = pkcs8(bl.der());
                        if (k instanceof RSAPrivateCrtKey r) {
                            out.add(rsa(r.getModulus(), r.getPublicExponent(), r.getPrivateExponent(), r.getPrimeP(),
                                    r.getPrimeQ(), r.getPrimeExponentP(), r.getPrimeExponentQ(), r.getCrtCoefficient()));
                        }
                    }
                    default -> {
                    }
                }
            } catch (Exception ignored) {
                // not a usable private key block
            }
        }
        return out;
    }

    private static PrivateKey pkcs8(byte[] der) throws Exception {
        for (String algo : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algo).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (Exception ignored) {
                // next algorithm
            }
        }
        throw new IllegalArgumentException("unsupported PKCS#8 key");
    }

    private static Value pkcs1(byte[] der) throws Der.Malformed {
        List<Der> f = Der.parse(der).expect(0x30).children();
        if (f.size() < 9) {
            throw new Der.Malformed("sequence truncated");
        }
        return rsa(f.get(1).integer(), f.get(2).integer(), f.get(3).integer(), f.get(4).integer(), f.get(5).integer(),
                f.get(6).integer(), f.get(7).integer(), f.get(8).integer());
    }

    private static Value rsa(BigInteger n, BigInteger e, BigInteger d, BigInteger p, BigInteger q, BigInteger dp,
                             BigInteger dq, BigInteger qi) {
        return ObjectValue.builder().put("kty", StringValue.of("RSA")).put("n", b64(n)).put("e", b64(e))
                .put("d", b64(d)).put("p", b64(p)).put("q", b64(q)).put("dp", b64(dp)).put("dq", b64(dq))
                .put("qi", b64(qi)).build();
    }

    private static Value b64(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            b = java.util.Arrays.copyOfRange(b, 1, b.length);
        }
        return StringValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    }
}
