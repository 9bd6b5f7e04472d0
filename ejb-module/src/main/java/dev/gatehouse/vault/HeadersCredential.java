package dev.gatehouse.vault;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Custom HTTP headers (name → secret value) sent on every request to an HTTP backend. */
public record HeadersCredential(Map<String, String> headers) implements CredentialKind {
    public static final String KIND = "headers";
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}");

    public HeadersCredential {
        if (headers == null || headers.isEmpty()) {
            throw new InvalidCredentialException("headers", "at least one header is required");
        }
        headers.forEach((name, value) -> {
            if (name == null || !HEADER_NAME.matcher(name).matches()) {
                throw new InvalidCredentialException("headers", "'" + name + "' is not a valid HTTP header name");
            }
            if (value == null || value.isEmpty()) {
                throw new InvalidCredentialException("headers." + name, "a value is required");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new InvalidCredentialException("headers." + name, "the value must not contain line breaks");
            }
        });
        headers = Map.copyOf(headers);
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
        return prefix(headers, "headers.");
    }

    @Override
    public boolean suits(String transport) {
        return "http".equals(transport);
    }

    @Override
    public CredentialMaterial material() {
        return new CredentialMaterial(headers, Map.of());
    }

    @Override
    public String toString() {
        return "HeadersCredential[headers=" + new TreeMap<>(headers).keySet() + "]";
    }

    static Map<String, String> prefix(Map<String, String> values, String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    static Map<String, String> unprefix(Map<String, String> values, String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
