package dev.gatehouse.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An immutable view of one registered backend: everything the connector needs to reach it.
 *
 * @param name       unique; letters, digits, {@code -} and {@code _}
 * @param enabled    whether Gatehouse should connect to it
 * @param transport  how to reach it
 * @param credential the name of the credential to use, or {@code null}
 * @param version    increases on every change, so a connection can tell it is stale
 */
public record BackendSpec(String name, boolean enabled, TransportSpec transport, String credential, long version) {
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public BackendSpec {
        Objects.requireNonNull(name, "name is required");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-64 letters, digits, '-' or '_'");
        }
        Objects.requireNonNull(transport, "transport is required");
    }

    public Optional<String> credentialName() {
        return Optional.ofNullable(credential);
    }
}
