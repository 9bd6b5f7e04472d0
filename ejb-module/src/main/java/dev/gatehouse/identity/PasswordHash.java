package dev.gatehouse.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hashed with PBKDF2-HMAC-SHA256: salt, iteration count and derived key. Slow by
 * design (OWASP 2023: at least 210,000 iterations); verification compares in constant time.
 *
 * @param salt       16 random bytes
 * @param iterations at least {@link #MIN_ITERATIONS} for new hashes
 * @param hash       32 bytes
 */
public record PasswordHash(byte[] salt, int iterations, byte[] hash) {
    public static final int MIN_ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        Objects.requireNonNull(salt, "salt is required");
        Objects.requireNonNull(hash, "hash is required");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes {@code password} with a fresh salt and {@link #MIN_ITERATIONS}. */
    public static PasswordHash of(char[] password) {
        return of(password, MIN_ITERATIONS);
    }

    static PasswordHash of(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(salt, iterations, derive(password, salt, iterations));
    }

    public boolean verify(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}, the stored form. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static PasswordHash decode(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            throw new IllegalArgumentException("not a stored PBKDF2-SHA256 hash");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PasswordHash(b64.decode(parts[2]), Integer.parseInt(parts[1]), b64.decode(parts[3]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash p && iterations == p.iterations && Arrays.equals(salt, p.salt)
                && Arrays.equals(hash, p.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[pbkdf2-sha256, " + iterations + " iterations]";
    }
}
