package dev.gatehouse.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One saved source of a policy, never changed once written: the version number, the source,
 * its SHA-256 content hash (hex), who saved it and when (UTC).
 */
@Entity
@Table(name = "POLICY_VERSION")
@IdClass(PolicyVersion.Key.class)
public class PolicyVersion {

    /** The composite key: policy name and version number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String policy;
        private int number;

        public Key() {
            // for JPA
        }

        public Key(String policy, int number) {
            this.policy = policy;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(policy, k.policy) && number == k.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(policy, number);
        }
    }

    @Id
    @Column(name = "POLICY_NAME", length = 128)
    private String policy;

    @Id
    @Column(name = "NUMBER")
    private int number;

    @Column(name = "SOURCE", length = Policy.MAX_SOURCE, nullable = false)
    private String source;

    @Column(name = "SHA256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "AUTHOR", length = 256, nullable = false)
    private String author;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    protected PolicyVersion() {
        // for JPA
    }

    /** Records the current source of {@code policy} as its current version. */
    public PolicyVersion(Policy policy, String author) {
        this.policy = policy.name();
        this.number = policy.currentVersion();
        this.source = policy.source();
        this.sha256 = sha256(source);
        this.author = Objects.requireNonNull(author, "author is required");
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public static String sha256(String source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String policy() {
        return policy;
    }

    public int number() {
        return number;
    }

    public String source() {
        return source;
    }

    public String sha256() {
        return sha256;
    }

    public String author() {
        return author;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
