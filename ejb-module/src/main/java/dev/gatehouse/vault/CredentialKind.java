package dev.gatehouse.vault;

import java.util.Map;
import java.util.Set;

/**
 * What a credential holds, by kind. Closed set: every new kind (later {@code oauth-user},
 * {@code oauth-dcr}) becomes a compile error at each switch. A kind splits its data into
 * non-secret {@link #settings()} (stored in clear, shown by the API) and {@link #secrets()}
 * (sealed one field at a time, never shown). Implementations hide secret values in {@code toString}.
 *
 * <p>How the OAuth kinds slot in: {@code oauth-user} keeps authorize URL, token URL, client id
 * and scopes in {@link #settings()} and the client secret in {@link #secrets()}; {@code oauth-dcr}
 * keeps issuer and scopes in settings and its registered client in secrets. Per-user tokens are
 * not part of the credential row: they belong in their own table keyed by (credential, user),
 * sealed with the same {@link SecretCipher}. The {@code CREDENTIAL} table needs no change.
 */
public sealed interface CredentialKind permits BearerCredential, HeadersCredential, EnvCredential {
    /** The wire name: {@code bearer}, {@code headers}, {@code env}. */
    String kind();

    /** Non-secret fields (e.g. OAuth URLs), by name; empty for the static kinds. */
    Map<String, String> settings();

    /** Secret fields by path ({@code token}, {@code headers.X-Api-Key}, {@code env.API_KEY}). */
    Map<String, String> secrets();

    /** Whether a backend with the given transport ({@code http} or {@code stdio}) can use it. */
    boolean suits(String transport);

    /** How a connection applies it. */
    CredentialMaterial material();

    /**
     * Rebuilds a kind from its stored parts (the inverse of {@link #settings()} and {@link #secrets()}).
     *
     * @throws InvalidCredentialException when {@code kind} is unknown or a field is invalid
     */
    static CredentialKind of(String kind, Map<String, String> settings, Map<String, String> secrets) {
        return switch (kind) {
            case BearerCredential.KIND -> new BearerCredential(secrets.get("token"));
            case HeadersCredential.KIND -> new HeadersCredential(HeadersCredential.unprefix(secrets, "headers."));
            case EnvCredential.KIND -> new EnvCredential(HeadersCredential.unprefix(secrets, "env."));
            default -> throw new InvalidCredentialException("kind",
                    "kind must be one of " + KINDS + ", got '" + kind + "'");
        };
    }

    /** The transport ({@code http} or {@code stdio}) a credential of the given kind serves. */
    static String transportFor(String kind) {
        return switch (kind) {
            case BearerCredential.KIND, HeadersCredential.KIND -> "http";
            case EnvCredential.KIND -> "stdio";
            default -> throw new InvalidCredentialException("kind", "unknown credential kind '" + kind + "'");
        };
    }

    Set<String> KINDS = Set.of(BearerCredential.KIND, HeadersCredential.KIND, EnvCredential.KIND);
}
