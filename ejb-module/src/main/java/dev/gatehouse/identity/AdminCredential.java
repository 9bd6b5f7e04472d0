package dev.gatehouse.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** The generated administrator password, stored as a {@link PasswordHash} only. */
@Entity
@Table(name = "ADMIN_CREDENTIAL")
public class AdminCredential {
    @Id
    @Column(name = "USERNAME", length = 64)
    private String username;

    @Column(name = "PASSWORD_HASH", length = 255, nullable = false)
    private String passwordHash;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    protected AdminCredential() {
        // for JPA
    }

    public AdminCredential(String username, PasswordHash hash) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.passwordHash = hash.encoded();
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public String username() {
        return username;
    }

    public PasswordHash hash() {
        return PasswordHash.decode(passwordHash);
    }
}
