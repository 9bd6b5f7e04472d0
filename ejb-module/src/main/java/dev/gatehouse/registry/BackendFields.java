package dev.gatehouse.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * A backend as the API and the YAML file spell it, flat and unchecked, turned into a
 * {@link BackendSpec} by {@link #toSpec()}, which names the offending field on any error.
 *
 * @param enabled {@code null} means enabled
 */
public record BackendFields(String name, String transport, String url, String command, List<String> args,
                            Map<String, String> env, String credential, Boolean enabled) {

    /**
     * Validates and converts (version 0).
     *
     * @throws InvalidBackendException naming the first invalid field
     */
    public BackendSpec toSpec() {
        if (name == null || name.isBlank()) {
            throw new InvalidBackendException("name", "name is required");
        }
        if (!BackendSpec.NAME.matcher(name).matches()) {
            throw new InvalidBackendException("name", "name must be 1-64 letters, digits, '-' or '_'");
        }
        if (transport == null) {
            throw new InvalidBackendException("transport", "transport is required (http or stdio)");
        }
        TransportSpec spec = switch (transport) {
            case "http" -> http();
            case "stdio" -> stdio();
            default -> throw new InvalidBackendException("transport", "transport must be http or stdio");
        };
        String credentialName = credential == null || credential.isBlank() ? null : credential;
        return new BackendSpec(name, enabled == null || enabled, spec, credentialName, 0);
    }

    private HttpTransportSpec http() {
        if (command != null || (args != null && !args.isEmpty()) || (env != null && !env.isEmpty())) {
            throw new InvalidBackendException(command != null ? "command" : args != null && !args.isEmpty() ? "args" : "env",
                    "command, args and env apply to stdio backends only");
        }
        if (url == null || url.isBlank()) {
            throw new InvalidBackendException("url", "url is required for an http backend");
        }
        if (url.length() > 2048) {
            throw new InvalidBackendException("url", "url must be at most 2048 characters");
        }
        try {
            return new HttpTransportSpec(new URI(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidBackendException("url", "url must be an absolute http or https URL");
        }
    }

    private StdioTransportSpec stdio() {
        if (url != null) {
            throw new InvalidBackendException("url", "url applies to http backends only");
        }
        if (command == null || command.isBlank()) {
            throw new InvalidBackendException("command", "command is required for a stdio backend");
        }
        if (command.length() > 1024) {
            throw new InvalidBackendException("command", "command must be at most 1024 characters");
        }
        if (args != null && args.stream().anyMatch(a -> a == null)) {
            throw new InvalidBackendException("args", "args must not contain null");
        }
        if (args != null && args.stream().mapToInt(a -> a.length() + 4).sum() > 7000) {
            throw new InvalidBackendException("args", "args are too long (at most about 7000 characters in all)");
        }
        if (env != null && env.entrySet().stream()
                .mapToInt(e -> e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length()) + 6).sum() > 7000) {
            throw new InvalidBackendException("env", "env is too long (at most about 7000 characters in all)");
        }
        if (env != null) {
            env.forEach((k, v) -> {
                if (k == null || !k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new InvalidBackendException("env", "'" + k + "' is not a valid environment variable name");
                }
                if (v == null) {
                    throw new InvalidBackendException("env." + k, "a value is required");
                }
            });
        }
        return new StdioTransportSpec(command, args, env);
    }
}
