package dev.gatehouse.vault;

import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that encrypts every secret at rest, with the id stamped into each
 * ciphertext so that keys can rotate later. {@link #toString()} never shows key material.
 *
 * @param id  the key id (0-255) written as the second byte of every sealed value
 * @param key the AES key
 */
public record MasterKey(int id, SecretKey key) {
    public static final int KEY_BYTES = 32;

    public MasterKey {
        if (id < 0 || id > 255) {
            throw new IllegalArgumentException("key id must be 0-255");
        }
        Objects.requireNonNull(key, "key is required");
        if (key.getEncoded() == null || key.getEncoded().length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be 256 bits (32 bytes)");
        }
    }

    /** Reads a base64 (standard or URL-safe) 32-byte key; the message never echoes the input. */
    public static MasterKey fromBase64(int id, String base64) {
        Objects.requireNonNull(base64, "master key is required");
        byte[] raw;
        try {
            String trimmed = base64.trim();
            raw = trimmed.contains("-") || trimmed.contains("_")
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not valid base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("the master key must decode to 32 bytes, got " + raw.length);
        }
        return new MasterKey(id, new SecretKeySpec(raw, "AES"));
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }
}
