package dev.gatehouse.console.policies;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.console.shell.OperatorSession;
import dev.gatehouse.policy.PolicyCompileException;
import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.policy.StoredPolicy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Rego editor for a new or a stored policy. Saving goes through {@link PolicyStore}, which
 * compiles first: a source that does not compile comes back with every error, which the page
 * shows on its line in the editor and as a list; a changed source becomes a new version
 * authored by the signed-in operator. "Simulate this draft" carries the unsaved source to the
 * simulator.
 */
@Named
@ViewScoped
public class PolicyEditorPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The flash keys the simulator reads a carried draft from. */
    static final String DRAFT_NAME = "gatehouse.policy.draft.name";
    static final String DRAFT_SOURCE = "gatehouse.policy.draft.source";
    /** Save failures are shown above the form, on the source field's messages. */
    private static final String FIELD = "policy-form:source";
    static final String TEMPLATE = """
            package gatehouse.example
            import rego.v1

            # A policy defines allow (a boolean) and/or deny (a set of reasons).
            # Every enabled policy must permit a call for it to go through.
            deny contains "example: this tool is switched off" if {
            \tinput.backend.name == "some-backend"
            \tinput.tool.name == "some-tool"
            }
            """;

    @Inject
    PolicyStore store;

    @Inject
    OperatorSession session;

    private String name;
    private boolean creating = true;
    private boolean enabled;
    private String source = TEMPLATE;
    private int version;
    private String sha = "";
    private String author = "";
    private String updated = "";
    private boolean missing;
    private List<CompileProblem> problems = List.of();

    /** Loads the named policy, or starts a new one when no name is given. */
    public void load() {
        if (name == null || name.isBlank()) {
            creating = true;
            return;
        }
        store.find(name).ifPresentOrElse(this::show, () -> {
            missing = true;
            ConsoleMessages.error(null, "No policy named '" + name + "'", "It may have been deleted.");
        });
    }

    private void show(StoredPolicy p) {
        creating = false;
        name = p.name();
        enabled = p.enabled();
        source = p.source();
        version = p.version();
        sha = p.sha256();
        author = p.author();
        updated = p.updatedAt() == null ? "" : PolicyRow.TIME.format(p.updatedAt());
    }

    /** Saves the policy: a redirect to its page after creating it, this page again after a change. */
    public String save() {
        problems = List.of();
        String operator = session.operator().displayName();
        try {
            if (creating) {
                StoredPolicy created = store.create(name, source, enabled, operator);
                ConsoleMessages.keepForNextPage();
                ConsoleMessages.info("Policy '" + created.name() + "' created at version 1"
                        + (created.enabled() ? " and enabled." : " (disabled)."));
                return "/policies/edit?faces-redirect=true&name=" + URLEncoder.encode(created.name(), StandardCharsets.UTF_8);
            }
            int before = version;
            StoredPolicy saved = store.update(name, source, enabled, operator);
            show(saved);
            String state = saved.enabled() ? "enabled" : "disabled";
            ConsoleMessages.info(saved.version() > before ? "Saved as version " + saved.version() + " (" + state + ")."
                    : "The source is unchanged: still version " + saved.version() + " (" + state + ").");
        } catch (RuntimeException e) {
            Throwable cause = ConsoleMessages.cause(e);
            if (cause instanceof PolicyCompileException compile) {
                problems = compile.errors().stream().map(CompileProblem::of).toList();
                ConsoleMessages.error(FIELD, "The policy does not compile",
                        problems.size() + (problems.size() == 1 ? " error" : " errors") + "; nothing was saved.");
            } else {
                ConsoleMessages.failure(FIELD, creating ? "Creating the policy" : "Saving '" + name + "'", cause);
            }
        }
        return null;
    }

    /** Carries the current (unsaved) source to the simulator. */
    public String simulateDraft() {
        var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(DRAFT_NAME, name == null || name.isBlank() ? "draft" : name);
        flash.put(DRAFT_SOURCE, source);
        return "/policies/simulate?faces-redirect=true";
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCreating() {
        return creating;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public int getVersion() {
        return version;
    }

    public String getShaPrefix() {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    public String getAuthor() {
        return author;
    }

    public String getUpdated() {
        return updated;
    }

    public List<CompileProblem> getProblems() {
        return problems;
    }
}
