package dev.gatehouse.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A registered agent, the identity aggregate. Its name never changes; everything else changes
 * only through {@link #update}, which touches the row only when something differs. The backend
 * scope is a set of names plus a flag, because "every backend" and "no backend" differ.
 */
@Entity
@Table(name = "AGENT")
public class Agent {
    @Id
    @Column(name = "NAME", length = 64)
    private String name;

    @Column(name = "DESCRIPTION", length = 1000, nullable = false)
    private String description;

    @Column(name = "ACTS_FOR", length = 255)
    private String actsFor;

    @Column(name = "SCOPED", nullable = false)
    private boolean scoped;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "AGENT_BACKEND", joinColumns = @JoinColumn(name = "AGENT"))
    @Column(name = "BACKEND", length = 64)
    private Set<String> backends = new HashSet<>();

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    protected Agent() {
        // for JPA
    }

    public Agent(AgentSpec spec) {
        this.name = Objects.requireNonNull(spec, "agent spec is required").name();
        this.createdAt = now();
        apply(spec);
    }

    /**
     * Takes over description, user, backends and enabled flag of {@code spec} (name and version ignored).
     *
     * @return whether anything changed
     */
    public boolean update(AgentSpec spec) {
        if (toSpec().sameDefinition(new AgentSpec(name, spec.description(), spec.user(), spec.backends(),
                spec.enabled(), version))) {
            return false;
        }
        apply(spec);
        return true;
    }

    private void apply(AgentSpec spec) {
        this.description = spec.description();
        this.actsFor = spec.user();
        this.scoped = spec.backends() != null;
        this.backends.clear();
        if (spec.backends() != null) {
            this.backends.addAll(spec.backends());
        }
        this.enabled = spec.enabled();
        this.updatedAt = now();
    }

    public AgentSpec toSpec() {
        return new AgentSpec(name, description, actsFor, scoped ? Set.copyOf(backends) : null, enabled, version);
    }

    public String name() {
        return name;
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

    @Override
    public String toString() {
        return "Agent[" + name + ", v" + version + "]";
    }
}
