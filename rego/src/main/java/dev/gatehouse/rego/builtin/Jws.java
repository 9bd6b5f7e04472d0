package dev.gatehouse.rego.builtin;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** JWS algorithms (RFC 7518) on the JDK: HS*, RS*, PS*, ES* (P1363 signatures) and EdDSA. */
final class Jws {
    /** Every algorithm name this class signs and verifies. */
    static final Set<String> ALGORITHMS = Set.of("HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384",
            "PS512", "ES256", "ES384", "ES512", "EdDSA");

    private Jws() {
    }

    private static String bits(String alg) {
        return alg.substring(2);
    }

    /** True when {@code sig} is a valid signature of {@code input}; wrong key types simply do not verify. */
    static boolean verify(String alg, Key key, String input, byte[] sig) {
        byte[] data = input.getBytes(StandardCharsets.UTF_8);
        try {
            if (alg.startsWith("HS")) {
                if (!(key instanceof SecretKey)) {
                    return false;
                }
                return MessageDigest.isEqual(hmac(alg, key.getEncoded(), data), sig);
            }
            if (!(key instanceof PublicKey pub)) {
                return false;
            }
            if (alg.startsWith("PS")) {
                if (!(key instanceof RSAKey rk)) {
                    return false;
                }
                int hashLen = Integer.parseInt(bits(alg)) / 8;
                int max = (rk.getModulus().bitLength() - 1 + 7) / 8 - hashLen - 2;
                for (int salt : new int[] {hashLen, max, 0}) {
                    Signature s = pss(alg, salt);
                    s.initVerify(pub);
                    s.update(data);
                    try {
                        if (s.verify(sig)) {
                            return true;
                        }
                    } catch (java.security.SignatureException e) {
                        // try the next salt length
                    }
                }
                return false;
            }
            Signature s = signature(alg, key);
            if (s == null) {
                return false;
            }
            s.initVerify(pub);
            s.update(data);
            return s.verify(sig);
        } catch (Exception e) {
            return false;
        }
    }

    /** Signs {@code input}; throws for unusable keys. */
    static byte[] sign(String alg, Key key, String input) throws Exception {
        byte[] data = input.getBytes(StandardCharsets.UTF_8);
        if (alg.startsWith("HS")) {
            return hmac(alg, key.getEncoded(), data);
        }
        Signature s = alg.startsWith("PS") ? pss(alg, Integer.parseInt(bits(alg)) / 8) : signature(alg, key);
        if (s == null || !(key instanceof PrivateKey pk)) {
            throw new IllegalArgumentException("key is not usable for " + alg);
        }
        s.initSign(pk);
        s.update(data);
        return s.sign();
    }

    private static byte[] hmac(String alg, byte[] secret, byte[] data) throws Exception {
        String name = "HmacSHA" + bits(alg);
        Mac mac = Mac.getInstance(name);
        mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, name));
        return mac.doFinal(data);
    }

    private static Signature pss(String alg, int salt) throws Exception {
        String h = "SHA-" + bits(alg);
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec(h, "MGF1", new MGF1ParameterSpec(h), salt, 1));
        return s;
    }

    private static Signature signature(String alg, Key key) throws Exception {
        if (alg.startsWith("RS")) {
            return key instanceof RSAKey ? Signature.getInstance("SHA" + bits(alg) + "withRSA") : null;
        }
        if (alg.startsWith("ES")) {
            return key instanceof ECKey ? Signature.getInstance("SHA" + bits(alg) + "withECDSAinP1363Format") : null;
        }
        if (alg.equals("EdDSA")) {
            return key instanceof EdECKey ? Signature.getInstance("Ed25519") : null;
        }
        return null;
    }
}
