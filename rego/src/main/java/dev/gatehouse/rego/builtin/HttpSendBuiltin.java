package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.StringValue;
import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code http.send} request validation with OPA's messages. Gatehouse performs no outbound requests from
 * policies: after validation the call fails with a builtin error (and the gateway profile rejects the
 * builtin at compile time); {@code with http.send as mock} replaces it entirely.
 */
final class HttpSendBuiltin {
    private static final Set<String> ALLOWED = Set.of("method", "url", "body", "enable_redirect", "force_json_decode",
            "force_yaml_decode", "headers", "raw_body", "tls_use_system_certs", "tls_ca_cert", "tls_ca_cert_file",
            "tls_ca_cert_env_variable", "tls_client_cert", "tls_client_cert_file", "tls_client_cert_env_variable",
            "tls_client_key", "tls_client_key_file", "tls_client_key_env_variable", "tls_insecure_skip_verify",
            "tls_server_name", "timeout", "cache", "force_cache", "force_cache_duration_seconds", "raise_error",
            "caching_mode", "max_retry_attempts", "cache_ignored_headers");
    private static final List<String> REQUIRED = List.of("method", "url");

    private HttpSendBuiltin() {
    }

    static void register(Builtins.Builder b) {
        b.function("http.send", (a, c) -> {
            ObjectValue req = Args.object("http.send", a, 0);
            TreeSet<String> invalid = new TreeSet<>();
            for (Value k : req.keySet()) {
                String key = k instanceof StringValue s ? s.value() : k.toString();
                if (!ALLOWED.contains(key)) {
                    invalid.add(key);
                }
            }
            if (!invalid.isEmpty()) {
                throw BuiltinException.typeError("http.send: invalid request parameters(s): " + quoted(invalid));
            }
            List<String> missing = new ArrayList<>();
            for (String r : REQUIRED) {
                if (req.get(r) == null) {
                    missing.add(r);
                }
            }
            if (!missing.isEmpty()) {
                throw BuiltinException.typeError("http.send: missing required request parameters(s): " + quoted(missing));
            }
            throw BuiltinException.builtinError("http.send: outbound requests are not supported");
        });
        b.function("opa.runtime", (a, c) -> ObjectValue.EMPTY);
    }

    private static String quoted(Iterable<String> keys) {
        StringBuilder sb = new StringBuilder("{");
        for (String k : keys) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(Values.quoteGo(k));
        }
        return sb.append('}').toString();
    }
}
