package dev.gatehouse.connector.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One request to send: method, absolute {@code http}/{@code https} URI, header fields in
 * order, and a body (empty for none). Header names must be tokens and values must not hold
 * control characters, so a header can never split the request; the fields the client frames
 * itself ({@code Host}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Connection})
 * cannot be set.
 */
public record Http1Request(String method, URI uri, List<Map.Entry<String, String>> headers, byte[] body) {
    private static final Set<String> FRAMING = Set.of("host", "content-length", "transfer-encoding", "connection",
            "upgrade", "te", "trailer", "keep-alive", "expect");
    private static final byte[] NO_BODY = new byte[0];

    public Http1Request {
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(uri, "uri is required");
        if (!isToken(method)) {
            throw new IllegalArgumentException("not an HTTP method: " + method);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("only absolute http and https URIs can be requested");
        }
        headers = List.copyOf(headers);
        for (Map.Entry<String, String> header : headers) {
            checkHeader(header.getKey(), header.getValue());
        }
        body = body == null ? NO_BODY : body;
    }

    /** Starts a request; add headers with {@link #with}. */
    public static Http1Request of(String method, URI uri, byte[] body) {
        return new Http1Request(method, uri, List.of(), body);
    }

    /** This request with one more header field. */
    public Http1Request with(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers.size() + 1);
        more.addAll(headers);
        more.add(Map.entry(name, value));
        return new Http1Request(method, uri, more, body);
    }

    /** This request sent to another URI (a redirect's target). */
    public Http1Request to(URI target) {
        return new Http1Request(method, target, headers, body);
    }

    /**
     * Whether {@code name: value} is a header field the client can send as it is.
     *
     * @throws IllegalArgumentException naming the field (never the value, which may be a secret)
     */
    public static void checkHeader(String name, String value) {
        if (name == null || !isToken(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid header name");
        }
        if (FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the header '" + name + "' is set by the HTTP client itself");
        }
        if (value == null) {
            throw new IllegalArgumentException("the header '" + name + "' has no value");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f || c > 0xff) {
                throw new IllegalArgumentException("the value of header '" + name + "' holds a character HTTP cannot carry");
            }
        }
    }

    private static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
