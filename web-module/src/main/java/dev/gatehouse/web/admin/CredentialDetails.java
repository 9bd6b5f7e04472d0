package dev.gatehouse.web.admin;

import dev.gatehouse.vault.CredentialDescription;
import java.util.List;
import java.util.Map;

/**
 * A credential without its secrets: the kind, non-secret settings, which secret fields are set
 * (by path: {@code token}, {@code headers.X-Api-Key}, {@code env.API_KEY}) and which backends use it.
 */
public record CredentialDetails(String name, String kind, Map<String, String> settings, List<String> secretsSet,
                                List<String> usedBy, long version, String createdAt, String updatedAt) {

    static CredentialDetails of(CredentialDescription d) {
        return new CredentialDetails(d.name(), d.kind(), d.settings(), d.secretFields().stream().sorted().toList(),
                d.usedBy(), d.version(), d.createdAt() + "Z", d.updatedAt() + "Z");
    }
}
