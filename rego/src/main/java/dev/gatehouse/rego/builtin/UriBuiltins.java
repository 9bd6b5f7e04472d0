package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.BooleanValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;

/** {@code uri.parse} and {@code uri.is_valid}, following Go's {@code url.Parse}. */
final class UriBuiltins {
    private UriBuiltins() {
    }

    /** A parsed URL's parts (empty strings when absent). */
    record Parts(String scheme, String hostname, String port, String path, String rawPath, String rawQuery,
                 String fragment) {
    }

    static void register(Builtins.Builder b) {
        b.function("uri.parse", (a, c) -> {
            String s = Args.string("uri.parse", a, 0);
            Parts p;
            try {
                p = parse(s);
            } catch (Url.EscapeError e) {
                throw BuiltinException.builtinError("uri.parse: parse " + Values.quoteGo(s) + ": " + e.getMessage());
            }
            ObjectValue.Builder ob = ObjectValue.builder();
            put(ob, "scheme", p.scheme());
            put(ob, "hostname", p.hostname());
            put(ob, "port", p.port());
            put(ob, "path", p.path());
            put(ob, "raw_path", p.rawPath());
            put(ob, "raw_query", p.rawQuery());
            put(ob, "fragment", p.fragment());
            return ob.build();
        });
        b.function("uri.is_valid", (a, c) -> {
            if (!(a.get(0) instanceof dev.gatehouse.rego.value.StringValue sv) || sv.value().isEmpty()) {
                return BooleanValue.FALSE;
            }
            try {
                parse(sv.value());
                return BooleanValue.TRUE;
            } catch (Url.EscapeError e) {
                return BooleanValue.FALSE;
            }
        });
    }

    private static void put(ObjectValue.Builder ob, String k, String v) {
        if (!v.isEmpty()) {
            ob.put(k, (Value) dev.gatehouse.rego.value.StringValue.of(v));
        }
    }

    static Parts parse(String raw) throws Url.EscapeError {
        String rest = raw;
        String frag = "";
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            frag = Url.unescape(rest.substring(hash + 1), false, false);
            rest = rest.substring(0, hash);
        }
        for (char ch : rest.toCharArray()) {
            if (ch < 0x20 || ch == 0x7f) {
                throw new Url.EscapeError("net/url: invalid control character in URL");
            }
        }
        String scheme = "";
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (Character.isLetter(ch) && ch < 128) {
                continue;
            }
            if (i > 0 && (ch >= '0' && ch <= '9' || ch == '+' || ch == '-' || ch == '.')) {
                continue;
            }
            if (ch == ':') {
                if (i == 0) {
                    throw new Url.EscapeError("missing protocol scheme");
                }
                scheme = rest.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                rest = rest.substring(i + 1);
            }
            break;
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (!rest.startsWith("/") && !scheme.isEmpty()) {
            return new Parts(scheme, "", "", "", "", query, frag);
        }
        String hostname = "";
        String port = "";
        if (rest.startsWith("//") && !rest.startsWith("///") || rest.startsWith("//") && !scheme.isEmpty()) {
            String auth = rest.substring(2);
            int slash = auth.indexOf('/');
            rest = slash < 0 ? "" : auth.substring(slash);
            auth = slash < 0 ? auth : auth.substring(0, slash);
            int at = auth.lastIndexOf('@');
            String host = auth;
            if (at >= 0) {
                String user = auth.substring(0, at);
                for (char ch : user.toCharArray()) {
                    if (!(Url.unreserved(ch) || "!$&'()*+,;=:%@".indexOf(ch) >= 0)) {
                        throw new Url.EscapeError("net/url: invalid userinfo");
                    }
                }
                host = auth.substring(at + 1);
            }
            String colonPort;
            if (host.startsWith("[")) {
                int close = host.lastIndexOf(']');
                if (close < 0) {
                    throw new Url.EscapeError("missing ']' in host");
                }
                colonPort = host.substring(close + 1);
                hostname = host.substring(1, close);
            } else {
                int colon = host.lastIndexOf(':');
                colonPort = colon < 0 ? "" : host.substring(colon);
                hostname = colon < 0 ? host : host.substring(0, colon);
            }
            if (!colonPort.isEmpty()) {
                boolean ok = colonPort.startsWith(":");
                for (int i = 1; i < colonPort.length() && ok; i++) {
                    ok = colonPort.charAt(i) >= '0' && colonPort.charAt(i) <= '9';
                }
                if (!ok) {
                    throw new Url.EscapeError("invalid port " + Values.quoteGo(colonPort) + " after host");
                }
                port = colonPort.substring(1);
            }
            hostname = Url.unescape(hostname, false, true);
        }
        String path = Url.unescape(rest, false, false);
        return new Parts(scheme, hostname, port, path, normalizeRawPath(rest), query, frag);
    }

    /** Decodes escapes of characters that never need escaping in a path; keeps the others. */
    private static String normalizeRawPath(String raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '%' && i + 2 < raw.length()) {
                int v = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (Url.unreserved(v) || "!$&'()*+,;=:@".indexOf(v) >= 0) {
                    sb.append((char) v);
                    i += 2;
                    continue;
                }
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
