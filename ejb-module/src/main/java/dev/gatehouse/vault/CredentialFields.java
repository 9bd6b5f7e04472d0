package dev.gatehouse.vault;

import java.util.Map;

/**
 * A credential as the API and the YAML file spell it: a kind and that kind's fields, flat and
 * unchecked. {@link #toKind()} validates and names the offending field. {@code toString} hides values.
 */
public record CredentialFields(String kind, String token, Map<String, String> headers, Map<String, String> env) {

    /** @throws InvalidCredentialException naming the first invalid field */
    public CredentialKind toKind() {
        if (kind == null || kind.isBlank()) {
            throw new InvalidCredentialException("kind", "kind is required (one of bearer, headers, env)");
        }
        return switch (kind) {
            case BearerCredential.KIND -> {
                only("token");
                yield new BearerCredential(token);
            }
            case HeadersCredential.KIND -> {
                only("headers");
                yield new HeadersCredential(headers);
            }
            case EnvCredential.KIND -> {
                only("env");
                yield new EnvCredential(env);
            }
            default -> throw new InvalidCredentialException("kind", "kind must be one of bearer, headers, env");
        };
    }

    private void only(String allowed) {
        if (token != null && !allowed.equals("token")) {
            throw new InvalidCredentialException("token", "token applies to bearer credentials only");
        }
        if (headers != null && !allowed.equals("headers")) {
            throw new InvalidCredentialException("headers", "headers apply to headers credentials only");
        }
        if (env != null && !allowed.equals("env")) {
            throw new InvalidCredentialException("env", "env applies to env credentials only");
        }
    }

    @Override
    public String toString() {
        return "CredentialFields[kind=" + kind + "]";
    }
}
