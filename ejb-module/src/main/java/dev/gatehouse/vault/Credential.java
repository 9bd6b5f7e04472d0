package dev.gatehouse.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A stored credential: its kind, its non-secret settings in clear, and each secret field sealed
 * separately with the vault's {@link SecretCipher}. Secrets are opened only by {@link #open}.
 * {@code toString} shows the name and kind only. Timestamps are UTC.
 */
@Entity
@Table(name = "CREDENTIAL")
public class Credential {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Column sizes of the V1 migration. */
    private static final int MAX_SECRETS = 16000;
    private static final int MAX_SETTINGS = 4000;
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    @Id
    @Column(name = "NAME", length = 64)
    private String name;

    @Column(name = "KIND", length = 32, nullable = false)
    private String kind;

    @Column(name = "SETTINGS", length = 4000, nullable = false)
    private String settings;

    @Column(name = "SECRETS", length = 16000, nullable = false)
    private String secrets;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    protected Credential() {
        // for JPA
    }

    public Credential(String name, CredentialKind value, SecretCipher cipher) {
        this.name = Objects.requireNonNull(name, "credential name is required");
        this.createdAt = now();
        store(value, cipher);
    }

    /** Replaces the content with {@code value}, resealing every secret. */
    public void replace(CredentialKind value, SecretCipher cipher) {
        store(value, cipher);
    }

    /** Decrypts the secrets; call only when a connection or a comparison needs them. */
    public CredentialKind open(SecretCipher cipher) {
        Map<String, String> plain = new TreeMap<>();
        sealedSecrets().forEach((field, sealed) -> plain.put(field, cipher.open(name, field, sealed)));
        return CredentialKind.of(kind, settingsMap(), plain);
    }

    private void store(CredentialKind value, SecretCipher cipher) {
        Objects.requireNonNull(value, "credential value is required");
        Map<String, String> sealed = new TreeMap<>();
        value.secrets().forEach((field, secret) -> sealed.put(field, cipher.seal(name, field, secret)));
        String sealedJson = write(sealed);
        String settingsJson = write(new TreeMap<>(value.settings()));
        if (sealedJson.length() > MAX_SECRETS || settingsJson.length() > MAX_SETTINGS) {
            String field = value.secrets().keySet().iterator().next().replaceFirst("\\..*", "");
            throw new InvalidCredentialException(field, "too large: the secrets of one credential must stay under about "
                    + MAX_SECRETS / 2 + " characters");
        }
        this.kind = value.kind();
        this.settings = settingsJson;
        this.secrets = sealedJson;
        this.updatedAt = now();
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    public Map<String, String> settingsMap() {
        return read(settings);
    }

    /** The names of the secret fields that are set (never their values). */
    public Set<String> secretFields() {
        return sealedSecrets().keySet();
    }

    public long version() {
        return version;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    private Map<String, String> sealedSecrets() {
        return read(secrets);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String write(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serialises", e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored credential data is not a JSON object");
        }
    }

    @Override
    public String toString() {
        return "Credential[" + name + ", " + kind + "]";
    }
}
