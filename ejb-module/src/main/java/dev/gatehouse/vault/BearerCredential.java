package dev.gatehouse.vault;

import java.util.Map;

/** A bearer token sent as {@code Authorization: Bearer <token>} to an HTTP backend. */
public record BearerCredential(String token) implements CredentialKind {
    public static final String KIND = "bearer";

    public BearerCredential {
        if (token == null || token.isBlank()) {
            throw new InvalidCredentialException("token", "token is required");
        }
        if (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0) {
            throw new InvalidCredentialException("token", "token must not contain line breaks");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, String> settings() {
        return Map.of();
    }

    @Override
    public Map<String, String> secrets() {
        return Map.of("token", token);
    }

    @Override
    public boolean suits(String transport) {
        return "http".equals(transport);
    }

    @Override
    public CredentialMaterial material() {
        return new CredentialMaterial(Map.of("Authorization", "Bearer " + token), Map.of());
    }

    @Override
    public String toString() {
        return "BearerCredential[token=***]";
    }
}
