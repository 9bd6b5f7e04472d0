package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.StringValue;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hash and HMAC builtins ({@code crypto.md5/sha1/sha256}, {@code crypto.hmac.*}) on the JDK; hex output. */
final class CryptoBuiltins {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CryptoBuiltins() {
    }

    static void register(Builtins.Builder b) {
        digest(b, "crypto.md5", "MD5");
        digest(b, "crypto.sha1", "SHA-1");
        digest(b, "crypto.sha256", "SHA-256");
        hmac(b, "crypto.hmac.md5", "HmacMD5");
        hmac(b, "crypto.hmac.sha1", "HmacSHA1");
        hmac(b, "crypto.hmac.sha256", "HmacSHA256");
        hmac(b, "crypto.hmac.sha512", "HmacSHA512");
        b.function("crypto.hmac.equal", (a, c) -> BooleanValue.of(MessageDigest.isEqual(
                GoStrings.utf8(Args.string("crypto.hmac.equal", a, 0)),
                GoStrings.utf8(Args.string("crypto.hmac.equal", a, 1)))));
    }

    private static void digest(Builtins.Builder b, String name, String algo) {
        b.function(name, (a, c) -> {
            try {
                return StringValue.of(hex(MessageDigest.getInstance(algo).digest(GoStrings.utf8(Args.string(name, a, 0)))));
            } catch (GeneralSecurityException e) {
                throw BuiltinException.builtinError(name + ": " + e.getMessage());
            }
        });
    }

    private static void hmac(Builtins.Builder b, String name, String algo) {
        b.function(name, (a, c) -> {
            byte[] msg = GoStrings.utf8(Args.string(name, a, 0));
            byte[] key = GoStrings.utf8(Args.string(name, a, 1));
            try {
                Mac mac = Mac.getInstance(algo);
                // an empty key is equivalent to a single zero byte (keys are zero-padded to the block size)
                mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algo));
                return StringValue.of(hex(mac.doFinal(msg)));
            } catch (GeneralSecurityException e) {
                throw BuiltinException.builtinError(name + ": " + e.getMessage());
            }
        });
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            sb.append(HEX[(x >> 4) & 15]).append(HEX[x & 15]);
        }
        return sb.toString();
    }
}
