package dev.gatehouse.vault;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What may be shown about a credential: everything except secret values.
 *
 * @param name         its name
 * @param kind         {@code bearer}, {@code headers} or {@code env}
 * @param settings     non-secret fields
 * @param secretFields the secret fields that are set (paths such as {@code headers.X-Api-Key})
 * @param usedBy       the backends that use it, in name order
 * @param version      the optimistic-lock version
 * @param createdAt    creation time (UTC)
 * @param updatedAt    last change (UTC)
 */
public record CredentialDescription(String name, String kind, Map<String, String> settings, Set<String> secretFields,
                                    List<String> usedBy, long version, LocalDateTime createdAt,
                                    LocalDateTime updatedAt) {
    public CredentialDescription {
        Objects.requireNonNull(name, "name is required");
        settings = Map.copyOf(settings);
        secretFields = Set.copyOf(secretFields);
        usedBy = List.copyOf(usedBy);
    }
}
