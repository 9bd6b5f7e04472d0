package dev.gatehouse.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A registered backend, the registry's aggregate. Its name never changes; its transport,
 * credential reference and enabled flag change only through {@link #update}, {@link #enable}
 * and {@link #disable}, which touch the row only when something differs, so the optimistic
 * {@code version} (also {@link BackendSpec#version()}) counts real changes. Timestamps are UTC.
 */
@Entity
@Table(name = "BACKEND")
public class Backend {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @Column(name = "NAME", length = 64)
    private String name;

    @Column(name = "TRANSPORT", length = 16, nullable = false)
    private String transport;

    @Column(name = "URL", length = 2048)
    private String url;

    @Column(name = "COMMAND", length = 1024)
    private String command;

    @Column(name = "ARGS", length = 8000, nullable = false)
    private String args;

    @Column(name = "ENV", length = 8000, nullable = false)
    private String env;

    @Column(name = "CREDENTIAL", length = 64)
    private String credential;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    protected Backend() {
        // for JPA
    }

    public Backend(BackendSpec spec) {
        this.name = Objects.requireNonNull(spec, "backend spec is required").name();
        this.createdAt = now();
        apply(spec);
    }

    /**
     * Takes over the transport, credential and enabled flag of {@code spec} (its name and version are ignored).
     *
     * @return whether anything changed
     */
    public boolean update(BackendSpec spec) {
        if (toSpec().equals(new BackendSpec(name, spec.enabled(), spec.transport(), spec.credential(), version))) {
            return false;
        }
        apply(spec);
        return true;
    }

    /** The credential it uses has new content: the row changes, so the version (and any connection) moves on. */
    public void credentialReplaced() {
        updatedAt = now();
    }

    /** @return whether the flag changed */
    public boolean enable() {
        return setEnabled(true);
    }

    /** @return whether the flag changed */
    public boolean disable() {
        return setEnabled(false);
    }

    private boolean setEnabled(boolean value) {
        if (enabled == value) {
            return false;
        }
        enabled = value;
        updatedAt = now();
        return true;
    }

    private void apply(BackendSpec spec) {
        this.enabled = spec.enabled();
        this.credential = spec.credential();
        switch (spec.transport()) {
            case HttpTransportSpec http -> {
                this.transport = http.kind();
                this.url = http.url().toString();
                this.command = null;
                this.args = write(List.of());
                this.env = write(Map.of());
            }
            case StdioTransportSpec stdio -> {
                this.transport = stdio.kind();
                this.url = null;
                this.command = stdio.command();
                this.args = write(stdio.args());
                this.env = write(new TreeMap<>(stdio.env()));
            }
        }
        this.updatedAt = now();
    }

    /** The immutable view the connector and the API use. */
    public BackendSpec toSpec() {
        TransportSpec spec = switch (transport) {
            case "http" -> new HttpTransportSpec(URI.create(url));
            case "stdio" -> new StdioTransportSpec(command, read(args, new TypeReference<List<String>>() {
            }), read(env, new TypeReference<Map<String, String>>() {
            }));
            default -> throw new IllegalStateException("backend " + name + " has unknown transport " + transport);
        };
        return new BackendSpec(name, enabled, spec, credential, version);
    }

    public String name() {
        return name;
    }

    public String credential() {
        return credential;
    }

    public boolean enabled() {
        return enabled;
    }

    public long version() {
        return version;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("args and env always serialise", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored backend data is not valid JSON");
        }
    }

    @Override
    public String toString() {
        return "Backend[" + name + ", " + transport + ", v" + version + "]";
    }
}
