package dev.gatehouse.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatehouse.policy.CompiledPolicy;
import dev.gatehouse.policy.InvalidPolicyException;
import dev.gatehouse.policy.PolicyCompileException;
import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.identity.AgentFields;
import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.InvalidAgentException;
import dev.gatehouse.identity.PresentedKey;
import dev.gatehouse.registry.BackendFields;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.vault.CredentialFields;
import dev.gatehouse.vault.InvalidCredentialException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the declarative YAML file into a {@link ConfigDocument}: unknown keys are rejected with
 * their path, {@code ${NAME}} references are replaced from the environment, every entry is
 * validated by the same rules as the admin API, and duplicate names are errors. One method per
 * section; a new section is one more case in {@link #parse} and one more method.
 */
public final class ConfigParser {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> CREDENTIAL_KEYS = Set.of("name", "kind", "token", "headers", "env");
    private static final Set<String> BACKEND_KEYS =
            Set.of("name", "transport", "url", "command", "args", "env", "credential", "enabled");
    private static final Set<String> AGENT_KEYS = Set.of("name", "description", "user", "backends", "enabled", "apiKey");

    private static final Set<String> POLICY_KEYS = Set.of("name", "enabled", "source", "file");

    private final EnvInterpolator interpolator;
    private final Function<String, String> files;

    public ConfigParser(Function<String, String> environment) {
        this(environment, path -> {
            throw new IllegalArgumentException("policy files are read relative to the YAML file, which is not known here");
        });
    }

    /**
     * @param environment the environment for {@code ${NAME}} references
     * @param files       reads a policy {@code file:} (a path relative to the YAML file) and returns its text;
     *                    throws {@link IllegalArgumentException} or {@link java.io.UncheckedIOException} when it cannot
     */
    public ConfigParser(Function<String, String> environment, Function<String, String> files) {
        this.interpolator = new EnvInterpolator(environment);
        this.files = files;
    }

    /** @throws ConfigException naming the YAML path of the first problem */
    public ConfigDocument parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ConfigException("", "not valid YAML" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return ConfigDocument.EMPTY;
        }
        if (!root.isObject()) {
            throw new ConfigException("", "the file must be a mapping with the sections credentials, backends and agents");
        }
        List<NamedCredential> credentials = List.of();
        List<BackendSpec> backends = List.of();
        List<DeclaredPolicy> policies = List.of();
        List<DeclaredAgent> agents = List.of();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            switch (section.getKey()) {
                case "credentials" -> credentials = credentials(section.getValue());
                case "backends" -> backends = backends(section.getValue());
                case "agents" -> agents = agents(section.getValue());
                case "policies" -> policies = policies(section.getValue());
                default -> throw new ConfigException(section.getKey(),
                        "unknown section (known: credentials, backends, agents, policies)");
            }
        }
        return new ConfigDocument(credentials, backends, agents, policies);
    }

    private List<NamedCredential> credentials(JsonNode section) {
        List<NamedCredential> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> entries = list(section, "credentials");
        for (int i = 0; i < entries.size(); i++) {
            String at = "credentials[" + i + "]";
            JsonNode entry = mapping(entries.get(i), at, CREDENTIAL_KEYS);
            String name = text(entry, "name", at);
            if (name == null || !BackendSpec.NAME.matcher(name).matches()) {
                throw new ConfigException(at + ".name", "name is required: 1-64 letters, digits, '-' or '_'");
            }
            if (!names.add(name)) {
                throw new ConfigException(at + ".name", "duplicate credential name '" + name + "'");
            }
            CredentialFields fields = new CredentialFields(text(entry, "kind", at), text(entry, "token", at),
                    map(entry, "headers", at), map(entry, "env", at));
            try {
                out.add(new NamedCredential(name, fields.toKind()));
            } catch (InvalidCredentialException e) {
                throw new ConfigException(at + "." + e.field(), e.getMessage());
            }
        }
        return out;
    }

    private List<BackendSpec> backends(JsonNode section) {
        List<BackendSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> entries = list(section, "backends");
        for (int i = 0; i < entries.size(); i++) {
            String at = "backends[" + i + "]";
            JsonNode entry = mapping(entries.get(i), at, BACKEND_KEYS);
            BackendFields fields = new BackendFields(text(entry, "name", at), text(entry, "transport", at),
                    text(entry, "url", at), text(entry, "command", at), strings(entry, "args", at),
                    map(entry, "env", at), text(entry, "credential", at), bool(entry, "enabled", at));
            BackendSpec spec;
            try {
                spec = fields.toSpec();
            } catch (InvalidBackendException e) {
                throw new ConfigException(at + "." + e.field(), e.getMessage());
            }
            if (!names.add(spec.name())) {
                throw new ConfigException(at + ".name", "duplicate backend name '" + spec.name() + "'");
            }
            out.add(spec);
        }
        return out;
    }

    /** {@code policies:}: each compiled here, so a policy that does not compile names its YAML path and position. */
    private List<DeclaredPolicy> policies(JsonNode section) {
        List<DeclaredPolicy> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> entries = list(section, "policies");
        for (int i = 0; i < entries.size(); i++) {
            String at = "policies[" + i + "]";
            JsonNode entry = mapping(entries.get(i), at, POLICY_KEYS);
            String name = text(entry, "name", at);
            try {
                PolicyStore.checkName(name);
            } catch (InvalidPolicyException e) {
                throw new ConfigException(at + ".name", e.getMessage());
            }
            if (!names.add(name)) {
                throw new ConfigException(at + ".name", "duplicate policy name '" + name + "'");
            }
            JsonNode inline = entry.get("source");
            String file = text(entry, "file", at);
            if ((inline == null || inline.isNull()) == (file == null)) {
                throw new ConfigException(at, "give either source or file");
            }
            String source;
            if (file != null) {
                try {
                    source = files.apply(file);
                } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                    throw new ConfigException(at + ".file", "cannot read '" + file + "': " + e.getMessage());
                }
            } else if (inline.isTextual()) {
                source = inline.asText(); // Rego is taken as written: no ${NAME} interpolation
            } else {
                throw new ConfigException(at + ".source", "must be text");
            }
            try {
                CompiledPolicy.compile(name, 0, source);
            } catch (PolicyCompileException e) {
                throw new ConfigException(at + (file != null ? ".file" : ".source"), e.errors().stream()
                        .map(Object::toString).collect(java.util.stream.Collectors.joining("; ")));
            }
            Boolean enabled = bool(entry, "enabled", at);
            out.add(new DeclaredPolicy(name, enabled == null || enabled, source));
        }
        return out;
    }

    /** Agents; an {@code apiKey} is hashed here and not kept. Whether the backends exist is checked on apply. */
    private List<DeclaredAgent> agents(JsonNode section) {
        List<DeclaredAgent> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> keyIds = new HashSet<>();
        List<JsonNode> entries = list(section, "agents");
        for (int i = 0; i < entries.size(); i++) {
            String at = "agents[" + i + "]";
            JsonNode entry = mapping(entries.get(i), at, AGENT_KEYS);
            AgentFields fields = new AgentFields(text(entry, "name", at), text(entry, "description", at),
                    text(entry, "user", at), strings(entry, "backends", at), bool(entry, "enabled", at));
            AgentSpec spec;
            try {
                spec = fields.toSpec();
            } catch (InvalidAgentException e) {
                throw new ConfigException(at + "." + e.field(), e.getMessage());
            }
            if (!names.add(spec.name())) {
                throw new ConfigException(at + ".name", "duplicate agent name '" + spec.name() + "'");
            }
            PresentedKey key = presetKey(text(entry, "apiKey", at), at + ".apiKey");
            if (key != null && !keyIds.add(key.id())) {
                throw new ConfigException(at + ".apiKey", "the same key is already another agent's apiKey");
            }
            out.add(new DeclaredAgent(spec, key));
        }
        return out;
    }

    private static PresentedKey presetKey(String value, String path) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() < PresentedKey.MIN_PRESET_LENGTH) {
            throw new ConfigException(path, "an API key must have at least " + PresentedKey.MIN_PRESET_LENGTH
                    + " characters (use a random value, e.g. openssl rand -base64 32)");
        }
        return PresentedKey.parse(value).orElseThrow(() -> new ConfigException(path,
                "an API key must be at most 512 printable ASCII characters without spaces"));
    }

    private static List<JsonNode> list(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ConfigException(path, "must be a list");
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    private static JsonNode mapping(JsonNode node, String path, Set<String> keys) {
        if (!node.isObject()) {
            throw new ConfigException(path, "must be a mapping");
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                throw new ConfigException(path + "." + key, "unknown key (known: " + String.join(", ",
                        keys.stream().sorted().toList()) + ")");
            }
        });
        return node;
    }

    private String text(JsonNode entry, String key, String at) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        return scalar(value, at + "." + key);
    }

    private String scalar(JsonNode value, String path) {
        if (!value.isValueNode()) {
            throw new ConfigException(path, "must be a single value");
        }
        return interpolator.interpolate(value.asText(), path);
    }

    private List<String> strings(JsonNode entry, String key, String at) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<JsonNode> items = list(value, at + "." + key);
        for (int i = 0; i < items.size(); i++) {
            out.add(scalar(items.get(i), at + "." + key + "[" + i + "]"));
        }
        return out;
    }

    private Map<String, String> map(JsonNode entry, String key, String at) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new ConfigException(at + "." + key, "must be a mapping of names to values");
        }
        Map<String, String> out = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> out.put(e.getKey(),
                e.getValue().isNull() ? null : scalar(e.getValue(), at + "." + key + "." + e.getKey())));
        return out;
    }

    private Boolean bool(JsonNode entry, String key, String at) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = scalar(value, at + "." + key);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(at + "." + key, "must be true or false");
        };
    }
}
