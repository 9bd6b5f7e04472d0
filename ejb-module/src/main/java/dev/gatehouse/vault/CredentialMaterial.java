package dev.gatehouse.vault;

import java.util.Map;

/**
 * The decrypted form of a credential, as a connection applies it: HTTP headers to send on
 * every request (bearer, headers) and environment variables for a stdio process (env).
 * {@link #toString()} never shows values.
 */
public record CredentialMaterial(Map<String, String> headers, Map<String, String> environment) {
    public static final CredentialMaterial NONE = new CredentialMaterial(Map.of(), Map.of());

    public CredentialMaterial {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }

    @Override
    public String toString() {
        return "CredentialMaterial[headers=" + headers.keySet() + ", environment=" + environment.keySet() + "]";
    }
}
