package dev.gatehouse.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redactor every audit preview passes through: masks the values of keys that look like
 * secrets and the parts of strings that look like secrets, at any depth, then serialises the
 * result as JSON and truncates it to a cap ({@code gatehouse.audit.preview-max-chars}, default
 * {@value #DEFAULT_MAX_CHARS}) with a visible marker. Thread-safe and stateless apart from the cap.
 *
 * <p>Keys are matched case-insensitively by substring ({@code X-Api-Key}, {@code db_password},
 * {@code sessionCookie}); their whole value is masked whatever its type. Values are scanned
 * for JWTs, {@code Bearer}/{@code Basic} credentials, PEM blocks, AWS/GitHub/Slack-style keys
 * and long high-entropy base64 or hex runs; only the matching part is masked.
 */
public final class ArgumentRedactor {
    /** The default preview cap in characters. */
    public static final int DEFAULT_MAX_CHARS = 2048;
    /** What replaces a secret. */
    public static final String MASK = "[redacted]";
    /** The smallest and largest cap accepted (the store's column holds {@value #MAX_CAP}). */
    public static final int MIN_CAP = 64;
    public static final int MAX_CAP = 16_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 32;
    private static final List<String> SECRET_KEYS = List.of("password", "passwd", "pwd", "passphrase", "secret",
            "token", "api_key", "apikey", "authorization", "cookie", "private_key", "privatekey", "credential",
            "session", "access_key", "accesskey", "signature");
    /** Secret shapes, each with literal hints one of which must occur (lower-case hints: case-insensitive). */
    private static final List<SecretShape> SECRET_VALUES = List.of(
            new SecretShape(Pattern.compile("-----BEGIN [A-Z0-9 ]+-----.*?(-----END [A-Z0-9 ]+-----|$)", Pattern.DOTALL),
                    false, "-----BEGIN "),
            new SecretShape(Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"), false, "eyJ"),
            new SecretShape(Pattern.compile("(?i)\\b(bearer|basic|token)\\s+[A-Za-z0-9._~+/=-]{8,}"), true,
                    "bearer", "basic", "token"),
            new SecretShape(Pattern.compile("\\b(AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\\b"), false,
                    "AKIA", "ASIA", "AGPA", "AIDA", "AROA"),
            new SecretShape(Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}\\b"), false, "gh"),
            new SecretShape(Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{30,}\\b"), false, "github_pat_"),
            new SecretShape(Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"), false, "xox"),
            new SecretShape(Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}"), false, "sk-"));
    private static final int RUN_MIN = 32;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final int maxChars;

    /** A redactor with the given cap, clamped to [{@value #MIN_CAP}, {@value #MAX_CAP}]. */
    public ArgumentRedactor(int maxChars) {
        this.maxChars = Math.clamp(maxChars, MIN_CAP, MAX_CAP);
    }

    /**
     * A redactor with the cap from MicroProfile Config ({@code gatehouse.audit.preview-max-chars});
     * the default cap where no MicroProfile Config implementation is present (plain unit tests).
     */
    public static ArgumentRedactor configured() {
        try {
            return new ArgumentRedactor(AuditSettings.fromConfig().previewMaxChars());
        } catch (IllegalStateException | java.util.ServiceConfigurationError noConfig) {
            return new ArgumentRedactor(DEFAULT_MAX_CHARS);
        }
    }

    public int maxChars() {
        return maxChars;
    }

    /**
     * The stored preview of a request's arguments: redacted, serialised, truncated. {@code null}
     * or a missing node gives {@code null}.
     */
    public String preview(JsonNode arguments) {
        if (arguments == null || arguments.isMissingNode()) {
            return null;
        }
        String text;
        try {
            text = JSON.writeValueAsString(redact(arguments));
        } catch (JsonProcessingException e) {
            text = "\"[unserialisable arguments]\"";
        }
        return truncate(text, maxChars);
    }

    /** A copy of the node with secret-looking keys' values and secret-looking string parts masked. */
    public JsonNode redact(JsonNode node) {
        return redact(node, 0);
    }

    private JsonNode redact(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return TextNode.valueOf("[too deep]");
        }
        return switch (node) {
            case ObjectNode object -> {
                ObjectNode copy = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> field : object.properties()) {
                    copy.set(field.getKey(), isSecretKey(field.getKey()) ? TextNode.valueOf(MASK)
                            : redact(field.getValue(), depth + 1));
                }
                yield copy;
            }
            case ArrayNode array -> {
                ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
                array.forEach(element -> copy.add(redact(element, depth + 1)));
                yield copy;
            }
            case TextNode text -> {
                String masked = maskText(text.textValue());
                yield masked.equals(text.textValue()) ? text : TextNode.valueOf(masked);
            }
            default -> node;
        };
    }

    /** Whether a key names a secret: case-insensitive substring match, {@code -} and spaces read as {@code _}. */
    public static boolean isSecretKey(String key) {
        String normal = key.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (String secret : SECRET_KEYS) {
            if (normal.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every secret-looking part replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String maskText(String text) {
        if (text == null || text.length() < 8) {
            return text;
        }
        String result = text;
        String lower = null;
        for (SecretShape shape : SECRET_VALUES) {
            if (shape.caseInsensitive && lower == null) {
                lower = result.toLowerCase(Locale.ROOT);
            }
            if (shape.mayOccurIn(shape.caseInsensitive ? lower : result)) {
                String masked = shape.pattern.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
                if (!masked.equals(result)) {
                    result = masked;
                    lower = null;
                }
            }
        }
        return maskRandomRuns(result);
    }

    /** Replaces every run of {@value #RUN_MIN}+ base64/hex characters that {@link #looksRandom looks random}. */
    private static String maskRandomRuns(String text) {
        StringBuilder out = null;
        int last = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inRun = i < text.length() && isRunChar(text.charAt(i));
            if (inRun && start < 0) {
                start = i;
            } else if (!inRun && start >= 0) {
                if (i - start >= RUN_MIN && looksRandom(text.substring(start, i))) {
                    out = out == null ? new StringBuilder(text.length()) : out;
                    out.append(text, last, start).append(MASK);
                    last = i;
                }
                start = -1;
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean isRunChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '+' || c == '/' || c == '=' || c == '_' || c == '-';
    }

    /** A long run of base64/hex characters that mixes letters and digits with high entropy (not a UUID). */
    static boolean looksRandom(String run) {
        if (UUID.matcher(run).matches()) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        if (!digit || !letter) {
            return false;
        }
        double entropy = entropy(run);
        return HEX.matcher(run).matches() ? entropy >= 3.0 : entropy >= 4.0;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(String s) {
        Map<Character, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < s.length(); i++) {
            counts.merge(s.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / s.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }

    /**
     * Cuts text longer than {@code max} characters so the result, marker included, is at most
     * {@code max} characters and never ends inside a surrogate pair:
     * {@code …[truncated, 12345 chars]}.
     */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String marker = "…[truncated, " + text.length() + " chars]";
        int keep = Math.max(0, max - marker.length());
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + marker;
    }

    /** A secret's pattern and the literals one of which any match contains (a cheap pre-check). */
    private record SecretShape(Pattern pattern, boolean caseInsensitive, String... hints) {
        boolean mayOccurIn(String text) {
            for (String hint : hints) {
                if (text.contains(hint)) {
                    return true;
                }
            }
            return false;
        }
    }
}
