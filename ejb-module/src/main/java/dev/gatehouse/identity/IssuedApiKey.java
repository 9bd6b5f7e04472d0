package dev.gatehouse.identity;

/**
 * A key just issued: its description and the key itself, which is shown this once and never
 * again. {@code toString} hides the key.
 */
public record IssuedApiKey(ApiKeyDescription description, String token) {
    @Override
    public String toString() {
        return "IssuedApiKey[" + description.id() + "]";
    }
}
