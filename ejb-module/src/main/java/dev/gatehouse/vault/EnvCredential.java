package dev.gatehouse.vault;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Environment variables (name → secret value) given to a stdio backend's process. */
public record EnvCredential(Map<String, String> env) implements CredentialKind {
    public static final String KIND = "env";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    public EnvCredential {
        if (env == null || env.isEmpty()) {
            throw new InvalidCredentialException("env", "at least one variable is required");
        }
        env.forEach((name, value) -> {
            if (name == null || !VARIABLE.matcher(name).matches()) {
                throw new InvalidCredentialException("env", "'" + name + "' is not a valid environment variable name");
            }
            if (value == null) {
                throw new InvalidCredentialException("env." + name, "a value is required");
            }
        });
        env = Map.copyOf(env);
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
        return HeadersCredential.prefix(env, "env.");
    }

    @Override
    public boolean suits(String transport) {
        return "stdio".equals(transport);
    }

    @Override
    public CredentialMaterial material() {
        return new CredentialMaterial(Map.of(), env);
    }

    @Override
    public String toString() {
        return "EnvCredential[env=" + new TreeMap<>(env).keySet() + "]";
    }
}
