package dev.gatehouse.console.policies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.PolicyCompileException;
import dev.gatehouse.policy.PolicyInput;
import dev.gatehouse.policy.PolicySelection;
import dev.gatehouse.policy.PolicySimulator;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy simulator: a hypothetical request (principal, backend and tool from the live
 * catalog, arguments prefilled from the tool's input schema, method) decided by
 * {@link PolicySimulator} — the input builder and decision code enforcement uses — against an
 * unsaved draft or the enabled policies. Nothing reaches a backend, nothing is audited.
 */
@Named
@ViewScoped
public class PolicySimulatorPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROTOCOL = "2025-06-18";
    /** Where the page's own messages go: above the form (the growl shows only unexpected failures). */
    private static final String MESSAGES = "sim:run";

    @Inject
    PolicySimulator simulator;

    @Inject
    AgentRegistry agents;

    @Inject
    BackendDirectory backends;

    private String agent;
    private String user;
    private List<String> scopes = new ArrayList<>();
    private List<String> groups = new ArrayList<>();
    private String backend;
    private String tool;
    private String action = "tools/call";
    private String arguments = "{}";
    private String against = "enabled";
    private String draftName = "draft";
    private String draftSource = "";
    private List<String> agentNames = List.of();
    private List<String> backendNames = List.of();
    private List<String> toolNames = List.of();
    private SimulationOutcome outcome;
    private List<CompileProblem> problems = List.of();

    @PostConstruct
    void init() {
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        if (flash.get(PolicyEditorPage.DRAFT_SOURCE) instanceof String carried) {
            draftSource = carried;
            draftName = String.valueOf(flash.get(PolicyEditorPage.DRAFT_NAME));
            against = "draft";
        }
        try {
            agentNames = agents.list().stream().map(AgentSpec::name).toList();
            backendNames = backends.links().stream().map(BackendLink::name).toList();
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Loading agents and backends", e);
        }
    }

    /** The agent changed: take its user when none is given. */
    public void agentChanged() {
        if ((user == null || user.isBlank()) && agent != null) {
            user = agents.find(agent).map(AgentSpec::user).orElse(null);
        }
    }

    /** The backend changed: list its tools and choose the first. */
    public void backendChanged() {
        toolNames = link().map(l -> l.catalog().tools().stream().map(t -> t.path("name").asText()).sorted().toList())
                .orElse(List.of());
        tool = toolNames.isEmpty() ? null : toolNames.getFirst();
        toolChanged();
    }

    /** The tool changed: prefill the arguments from its input schema. */
    public void toolChanged() {
        ObjectNode skeleton = ArgumentSkeleton.of(entry().map(t -> t.path("inputSchema")).orElse(null));
        try {
            arguments = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(skeleton);
        } catch (JsonProcessingException e) {
            arguments = "{}";
        }
    }

    public void simulate() {
        outcome = null;
        problems = List.of();
        if (backend == null || tool == null) {
            ConsoleMessages.error(MESSAGES, "Choose a backend and a tool", null);
            return;
        }
        JsonNode args;
        try {
            args = arguments == null || arguments.isBlank() ? JSON.createObjectNode() : JSON.readTree(arguments);
        } catch (JsonProcessingException e) {
            ConsoleMessages.error(MESSAGES, "The arguments are not JSON", e.getOriginalMessage());
            return;
        }
        boolean draft = "draft".equals(against);
        if (draft && (draftSource == null || draftSource.isBlank())) {
            ConsoleMessages.error(MESSAGES, "The draft is empty", "Paste a policy, or simulate the enabled policies.");
            return;
        }
        PolicySelection selection = draft ? new PolicySelection.Drafts(Map.of(draftName, draftSource))
                : new PolicySelection.Enabled();
        try {
            PolicyInput input = input(args);
            outcome = SimulationOutcome.of(simulator.simulate(input, selection),
                    draft ? "the draft '" + draftName + "'" : "the enabled policies",
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(input.toJson()));
        } catch (JsonProcessingException e) {
            ConsoleMessages.failure(MESSAGES, "Simulating", e);
        } catch (RuntimeException e) {
            Throwable cause = ConsoleMessages.cause(e);
            if (cause instanceof PolicyCompileException compile) {
                problems = compile.errors().stream().map(CompileProblem::of).toList();
                ConsoleMessages.error(MESSAGES, "The draft does not compile", problems.size() + " error(s)");
            } else {
                ConsoleMessages.failure(MESSAGES, "Simulating", cause);
            }
        }
    }

    /** The input as enforcement builds it: an agent when one is chosen, else a user, else the operator. */
    private PolicyInput input(JsonNode args) {
        Principal principal = Principal.simulated(blankToNull(agent), blankToNull(user), new HashSet<>(scopes),
                new HashSet<>(groups), null);
        JsonNode annotations = entry().map(t -> t.path("annotations")).orElse(null);
        String transport = link().map(BackendLink::transport).orElse(null);
        return new PolicyInput(action, principal, new PolicyInput.BackendRef(backend, transport),
                new PolicyInput.Tool(tool, backend + "__" + tool, annotations),
                "tools/call".equals(action) ? args : JSON.createObjectNode(), Instant.now(), PROTOCOL);
    }

    private Optional<BackendLink> link() {
        return backend == null ? Optional.empty() : backends.find(backend);
    }

    private Optional<ObjectNode> entry() {
        return link().flatMap(l -> l.catalog().tools().stream().filter(t -> t.path("name").asText().equals(tool)).findFirst());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : scopes;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    public String getBackend() {
        return backend;
    }

    public void setBackend(String backend) {
        this.backend = backend;
    }

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = tool;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getArguments() {
        return arguments;
    }

    public void setArguments(String arguments) {
        this.arguments = arguments;
    }

    public String getAgainst() {
        return against;
    }

    public void setAgainst(String against) {
        this.against = against;
    }

    public String getDraftName() {
        return draftName;
    }

    public void setDraftName(String draftName) {
        this.draftName = draftName;
    }

    public String getDraftSource() {
        return draftSource;
    }

    public void setDraftSource(String draftSource) {
        this.draftSource = draftSource;
    }

    public List<String> getAgentNames() {
        return agentNames;
    }

    public List<String> getBackendNames() {
        return backendNames;
    }

    public List<String> getToolNames() {
        return toolNames;
    }

    public SimulationOutcome getOutcome() {
        return outcome;
    }

    public List<CompileProblem> getProblems() {
        return problems;
    }
}
