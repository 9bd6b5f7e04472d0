package dev.gatehouse.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An API key reduced to what may be kept: the id it is found by and the SHA-256 of the whole
 * key. The key itself is never stored. Issued keys read {@code ghk_<id>_<secret>}: a 16-hex-digit
 * id (64 random bits) and 32 random bytes in base64url (256 bits), so a plain SHA-256 is an
 * adequate hash and no key needs a scan to be found. Keys of another shape (pre-set in the
 * declarative file) get an id derived from the key, stable across applies.
 *
 * @param id   the key's id (public: listed, used to revoke)
 * @param hash SHA-256 of the key, 32 bytes
 */
public record PresentedKey(String id, byte[] hash) {
    public static final String PREFIX = "ghk_";
    /** The shortest key accepted in the declarative file. */
    public static final int MIN_PRESET_LENGTH = 32;
    private static final Pattern ISSUED = Pattern.compile("ghk_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");
    private static final int MAX_LENGTH = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public PresentedKey {
        if (id == null || id.isEmpty() || hash == null || hash.length != 32) {
            throw new IllegalArgumentException("a key id and a 32-byte hash are required");
        }
        hash = hash.clone();
    }

    /** A new random key: its token (to show once) and what is stored of it. */
    public static Issued issue() {
        byte[] idBytes = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secret);
        String token = PREFIX + HEX.formatHex(idBytes) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, parse(token).orElseThrow());
    }

    /**
     * What a presented bearer token identifies; empty when it cannot be a key at all (empty,
     * too long, or not printable ASCII). Nothing here says the key exists.
     */
    public static Optional<PresentedKey> parse(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return Optional.empty();
            }
        }
        byte[] hash = sha256(token);
        var issued = ISSUED.matcher(token);
        String id = issued.matches() ? issued.group(1) : derivedId(token);
        return Optional.of(new PresentedKey(id, hash));
    }

    /** The stored form of the hash. */
    public String hashHex() {
        return HEX.formatHex(hash);
    }

    /** Whether this key's hash equals the stored one, compared in constant time. */
    public boolean matches(byte[] storedHash) {
        return MessageDigest.isEqual(hash, storedHash);
    }

    public static byte[] fromHex(String storedHash) {
        return HEX.parseHex(storedHash);
    }

    /** Pre-set keys: {@code p} and 15 hex digits of a domain-separated SHA-256 of the key. */
    private static String derivedId(String token) {
        return "p" + HEX.formatHex(sha256("gatehouse preset key id\0" + token)).substring(0, 15);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresentedKey k && id.equals(k.id) && Arrays.equals(hash, k.hash);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PresentedKey[" + id + "]";
    }

    /**
     * A freshly issued key.
     *
     * @param token the key to hand out once; never logged ({@code toString} hides it)
     * @param key   what is stored
     */
    public record Issued(String token, PresentedKey key) {
        @Override
        public String toString() {
            return "Issued[" + key.id() + "]";
        }
    }
}
