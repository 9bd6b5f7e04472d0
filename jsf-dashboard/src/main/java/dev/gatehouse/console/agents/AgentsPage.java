package dev.gatehouse.console.agents;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.identity.AgentFields;
import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.InvalidAgentException;
import dev.gatehouse.identity.UnknownAgentException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The agents list: every agent with its scope and keys; register, enable or disable, delete one. */
@Named
@ViewScoped
public class AgentsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AgentRegistry registry;

    private List<AgentRow> agents;
    private final HashMap<String, Boolean> enabled = new HashMap<>();
    private String newName;
    private String newDescription;

    @PostConstruct
    void load() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        agents = registry.list().stream().map(a -> AgentRow.of(a, registry.keys(a.name()), now)).toList();
        enabled.clear();
        agents.forEach(a -> enabled.put(a.name(), a.enabled()));
    }

    public List<AgentRow> getAgents() {
        return agents;
    }

    /** Registers an agent that may use every backend, then opens its page to scope it and issue a key. */
    public String create() {
        try {
            AgentSpec created = registry.create(new AgentFields(newName, newDescription, null, null, true).toSpec());
            ConsoleMessages.keepForNextPage();
            ConsoleMessages.info("Agent '" + created.name() + "' registered.");
            return "/agents/agent?faces-redirect=true&name=" + created.name();
        } catch (RuntimeException e) {
            String field = e instanceof InvalidAgentException invalid ? invalid.field() : null;
            ConsoleMessages.failure("description".equals(field) ? "create:newDescription" : "create:newName",
                    "Registering the agent", e);
            return null;
        }
    }

    /** Each agent's enabled switch, by name. */
    public Map<String, Boolean> getEnabled() {
        return enabled;
    }

    /** Applies the agent's switch; a disabled agent's keys are refused from the next request on. */
    public void toggle(String name) {
        boolean on = Boolean.TRUE.equals(enabled.get(name));
        try {
            AgentSpec agent = registry.find(name).orElseThrow(() -> new UnknownAgentException(name));
            registry.update(new AgentSpec(name, agent.description(), agent.user(), agent.backends(), on, agent.version()));
            ConsoleMessages.info("Agent '" + name + "' " + (on ? "enabled." : "disabled."));
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, (on ? "Enabling" : "Disabling") + " agent '" + name + "'", e);
        }
        load();
    }

    public void delete(String name) {
        try {
            registry.delete(name);
            ConsoleMessages.info("Agent '" + name + "' deleted with its keys.");
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Deleting agent '" + name + "'", e);
        }
        load();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName == null ? null : newName.strip();
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }
}
