package dev.gatehouse.vault;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A change to a stored credential written by someone who never sees its secrets (the console):
 * the new kind and settings, the secret fields given anew (by path: {@code token},
 * {@code headers.X-Api-Key}, {@code env.API_KEY}) and the paths whose stored value is kept.
 * A secret field neither given nor kept is dropped. {@code toString} hides values.
 *
 * @param keep secret paths to carry over from the stored credential; each must be stored, under the same kind
 */
public record CredentialRevision(String kind, Map<String, String> settings, Map<String, String> secrets,
                                 Set<String> keep) {
    public CredentialRevision {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
        keep = keep == null ? Set.of() : Set.copyOf(keep);
    }

    /**
     * The credential this revision makes of {@code stored}.
     *
     * @throws InvalidCredentialException naming a kept field that has no stored value, or any invalid field
     */
    public CredentialKind applyTo(CredentialKind stored) {
        Map<String, String> merged = new TreeMap<>(secrets);
        Map<String, String> storedSecrets = stored.secrets();
        for (String field : keep) {
            String value = storedSecrets.get(field);
            if (value == null || !stored.kind().equals(kind)) {
                throw new InvalidCredentialException(field, "there is no stored value to keep; enter one");
            }
            if (secrets.containsKey(field)) {
                throw new InvalidCredentialException(field, "give a new value or keep the stored one, not both");
            }
            merged.put(field, value);
        }
        return CredentialKind.of(kind, settings, merged);
    }

    /**
     * The credential this revision makes when it keeps nothing.
     *
     * @throws IllegalStateException when it keeps fields (use {@link #applyTo})
     * @throws InvalidCredentialException naming an invalid field
     */
    public CredentialKind alone() {
        if (!keep.isEmpty()) {
            throw new IllegalStateException("a revision that keeps fields needs the stored credential");
        }
        return CredentialKind.of(kind, settings, secrets);
    }

    @Override
    public String toString() {
        return "CredentialRevision[kind=" + kind + ", given=" + new TreeMap<>(secrets).keySet() + ", keep=" + keep + "]";
    }
}
