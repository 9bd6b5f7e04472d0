package dev.gatehouse.gateway.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The namespaced form of a resource URI, {@code gatehouse://<backend>/<percent-encoded original>}.
 *
 * <p>Why: resource URIs are the backends' own identifiers (and appear unchanged inside tool
 * results as {@code resource_link} and embedded resources), so Gatehouse passes them through
 * whenever exactly one backend lists them. Only when two backends list the same URI does the
 * first (by backend name) keep it and the others are exposed in this namespaced form. The
 * namespaced form is accepted for any backend, so an agent can always be explicit.
 *
 * <p>Encoding keeps RFC 3986 unreserved characters and percent-encodes every other UTF-8
 * byte; for URI templates the {@code {...}} expressions are kept so that the agent can still
 * expand them (the expanded value is percent-decoded with the rest).
 */
public final class ResourceUris {
    public static final String PREFIX = "gatehouse://";
    private static final Pattern BACKEND = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ResourceUris() {
    }

    /** A namespaced URI taken apart. */
    public record Namespaced(String backend, String original) {
    }

    public static String namespaced(String backend, String uri) {
        return PREFIX + backend + "/" + encode(uri);
    }

    /** The namespaced form of a URI template, keeping its {@code {...}} expressions. */
    public static String namespacedTemplate(String backend, String template) {
        StringBuilder out = new StringBuilder(PREFIX).append(backend).append('/');
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(encode(template.substring(i)));
                break;
            }
            out.append(encode(template.substring(i, open))).append(template, open, close + 1);
            i = close + 1;
        }
        return out.toString();
    }

    /** Reads a namespaced URI; empty when {@code uri} is not one or is malformed. */
    public static Optional<Namespaced> parse(String uri) {
        if (uri == null || !uri.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int slash = uri.indexOf('/', PREFIX.length());
        if (slash < 0) {
            return Optional.empty();
        }
        String backend = uri.substring(PREFIX.length(), slash);
        if (!BACKEND.matcher(backend).matches()) {
            return Optional.empty();
        }
        return decode(uri.substring(slash + 1)).map(original -> new Namespaced(backend, original));
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    static Optional<String> decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * A pattern that matches the URIs an RFC 6570 template can expand to (loosely: it routes,
     * it does not validate).
     */
    public static Pattern templatePattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(Pattern.quote(template.substring(i, open)));
            }
            String expression = template.substring(open + 1, close);
            char operator = expression.isEmpty() ? ' ' : expression.charAt(0);
            regex.append(switch (operator) {
                case '+', '#' -> ".*";
                case '?', '&' -> "(?:[?&].*)?";
                case '/' -> "(?:/[^?#]*)?";
                default -> "[^/?#]*";
            });
            i = close + 1;
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
