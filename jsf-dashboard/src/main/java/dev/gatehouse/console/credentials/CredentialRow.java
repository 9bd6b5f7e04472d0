package dev.gatehouse.console.credentials;

import dev.gatehouse.vault.CredentialDescription;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One line of the credentials list: what may be shown of a credential (no secret values).
 *
 * @param secretNames the names of its secret fields without their path prefix ({@code token}, {@code X-Api-Key})
 */
public record CredentialRow(String name, KindChoice kind, String settings, List<String> secretNames,
                            List<String> usedBy, LocalDateTime createdAt, LocalDateTime updatedAt) implements Serializable {

    static CredentialRow of(CredentialDescription d) {
        KindChoice kind = KindChoice.named(d.kind()).orElseThrow(() -> new IllegalStateException("unknown kind " + d.kind()));
        List<String> names = d.secretFields().stream().sorted()
                .map(f -> f.startsWith(kind.rowPrefix()) ? f.substring(kind.rowPrefix().length()) : f).toList();
        return new CredentialRow(d.name(), kind, settings(d.settings()), names, d.usedBy(), d.createdAt(), d.updatedAt());
    }

    private static String settings(Map<String, String> settings) {
        return settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public boolean inUse() {
        return !usedBy.isEmpty();
    }
}
