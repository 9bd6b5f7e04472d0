package dev.gatehouse.config;

import dev.gatehouse.vault.CredentialKind;
import java.util.Objects;

/** One entry of the {@code credentials:} section. {@code toString} hides the secret values. */
public record NamedCredential(String name, CredentialKind value) {
    public NamedCredential {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(value, "value is required");
    }

    @Override
    public String toString() {
        return "NamedCredential[" + name + ", " + value + "]";
    }
}
