package dev.gatehouse.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens single secret values with AES-256-GCM under the {@link MasterKey}.
 *
 * <p>Sealed format (base64 of): {@code format(1) | keyId(1) | nonce(12) | ciphertext+tag(16)}.
 * Every call to {@link #seal} draws a fresh random 96-bit nonce. The associated data binds a
 * ciphertext to its credential and field, so a value copied to another credential or field
 * does not open. Failures name the credential and field, never the value.
 */
public final class SecretCipher {
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MasterKey key;

    public SecretCipher(MasterKey key) {
        this.key = Objects.requireNonNull(key, "master key is required");
    }

    /** Encrypts {@code plaintext} for the given credential field. */
    public String seal(String credential, String field, String plaintext) {
        Objects.requireNonNull(plaintext, "secret value is required");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(credential, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(2 + NONCE_BYTES + sealed.length);
            out.put(FORMAT).put((byte) key.id()).put(nonce).put(sealed);
            return Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Decrypts a value sealed for the given credential field.
     *
     * @throws CredentialDecryptionException when the key is wrong or the value was altered
     */
    public String open(String credential, String field, String sealed) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new CredentialDecryptionException(credential, field, "the stored value is not base64");
        }
        if (raw.length < 2 + NONCE_BYTES + TAG_BITS / 8 || raw[0] != FORMAT) {
            throw new CredentialDecryptionException(credential, field, "the stored value has an unknown format");
        }
        int keyId = raw[1] & 0xff;
        if (keyId != key.id()) {
            throw new CredentialDecryptionException(credential, field,
                    "it was sealed with master key id " + keyId + " but the current key has id " + key.id());
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, raw, 2, NONCE_BYTES));
            cipher.updateAAD(associatedData(credential, field));
            byte[] plain = cipher.doFinal(raw, 2 + NONCE_BYTES, raw.length - 2 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new CredentialDecryptionException(credential, field,
                    "the master key is wrong or the stored value was altered");
        } catch (GeneralSecurityException e) {
            throw new CredentialDecryptionException(credential, field, e.getClass().getSimpleName());
        }
    }

    private static byte[] associatedData(String credential, String field) {
        return ("gatehouse/credential/" + credential + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
