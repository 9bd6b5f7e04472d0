package dev.gatehouse.connector.transport;

import dev.gatehouse.vault.CredentialMaterial;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces every secret value of one connection's credential in a text with {@code ***}.
 * Every error message, status text and log line that may echo backend output passes
 * through it.
 *
 * @param secrets the values to hide, longest first so that overlapping values vanish whole
 */
public record SecretRedactor(List<String> secrets) {
    public static final SecretRedactor NONE = new SecretRedactor(List.of());
    private static final String MASK = "***";

    public SecretRedactor {
        secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The redactor for a credential: header values, each value's bearer token, environment values. */
    public static SecretRedactor of(CredentialMaterial material) {
        Stream<String> headerValues = material.headers().values().stream()
                .flatMap(v -> v.regionMatches(true, 0, "Bearer ", 0, 7) ? Stream.of(v, v.substring(7).trim()) : Stream.of(v));
        return new SecretRedactor(Stream.concat(headerValues, material.environment().values().stream()).toList());
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
