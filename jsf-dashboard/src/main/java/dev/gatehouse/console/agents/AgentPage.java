package dev.gatehouse.console.agents;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.identity.AgentFields;
import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.InvalidAgentException;
import dev.gatehouse.identity.IssuedApiKey;
import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One agent: edit its definition, list its keys, issue one (shown once, through the
 * request-scoped {@link IssuedKeyPage}, so the key never enters the view state) and revoke one.
 */
@Named
@ViewScoped
public class AgentPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String LIST = "/agents/index?faces-redirect=true";

    @Inject
    private AgentRegistry registry;

    @Inject
    private BackendRegistry backendRegistry;

    @Inject
    private IssuedKeyPage issuedKey;

    private String name;
    private String description;
    private String user;
    private boolean enabled;
    private boolean allBackends;
    private List<String> backends = new ArrayList<>();
    private List<String> registeredBackends = List.of();
    private List<KeyRow> keys = List.of();
    private LocalDate expiry;

    /** Reads the agent named in the URL; back to the list when there is none. */
    public String load() {
        Optional<AgentSpec> agent = name == null ? Optional.empty() : registry.find(name);
        if (agent.isEmpty()) {
            ConsoleMessages.keepForNextPage();
            ConsoleMessages.error(null, "No agent named '" + name + "'", null);
            return LIST;
        }
        show(agent.get());
        return null;
    }

    private void show(AgentSpec agent) {
        description = agent.description();
        user = agent.user();
        enabled = agent.enabled();
        allBackends = agent.backends() == null;
        backends = allBackends ? new ArrayList<>() : new ArrayList<>(agent.backends());
        registeredBackends = backendRegistry.specs().stream().map(BackendSpec::name).sorted().toList();
        loadKeys();
    }

    private void loadKeys() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        keys = registry.keys(name).stream().map(k -> KeyRow.of(k, now)).toList();
    }

    /** Saves description, acting user, allowed backends and the enabled flag. */
    public void save() {
        try {
            AgentSpec saved = registry.update(new AgentFields(name, description, user,
                    allBackends ? null : List.copyOf(backends), enabled).toSpec());
            show(saved);
            ConsoleMessages.info("Agent '" + name + "' saved.");
        } catch (RuntimeException e) {
            String field = e instanceof InvalidAgentException invalid ? invalid.field() : null;
            ConsoleMessages.failure(clientIdOf(field), "Saving agent '" + name + "'", e);
        }
    }

    static String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("backends")) {
            return "agent:backends";
        }
        return switch (field) {
            case "description", "user" -> "agent:" + field;
            default -> null;
        };
    }

    /** Issues a key, valid through the chosen day (UTC) when one is chosen; the dialog shows it once. */
    public void issueKey() {
        try {
            IssuedApiKey issued = registry.issueKey(name, expiry == null ? null : expiry.plusDays(1).atStartOfDay());
            issuedKey.hold(issued.description().id(), issued.token());
            expiry = null;
            loadKeys();
        } catch (RuntimeException e) {
            ConsoleMessages.failure(e instanceof InvalidAgentException ? "keys:expiry" : null, "Issuing a key", e);
        }
    }

    public void revoke(String keyId) {
        try {
            registry.revokeKey(name, keyId);
            ConsoleMessages.info("Key " + keyId + " revoked; it is refused from now on.");
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Revoking key " + keyId, e);
        }
        loadKeys();
    }

    public String delete() {
        try {
            registry.delete(name);
            ConsoleMessages.keepForNextPage();
            ConsoleMessages.info("Agent '" + name + "' deleted with its keys.");
            return LIST;
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Deleting agent '" + name + "'", e);
            return null;
        }
    }

    public LocalDate getTodayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isAllBackends() {
        return allBackends;
    }

    public void setAllBackends(boolean allBackends) {
        this.allBackends = allBackends;
    }

    public List<String> getBackends() {
        return backends;
    }

    public void setBackends(List<String> backends) {
        this.backends = backends == null ? new ArrayList<>() : new ArrayList<>(backends);
    }

    public List<String> getRegisteredBackends() {
        return registeredBackends;
    }

    public List<KeyRow> getKeys() {
        return keys;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }
}
