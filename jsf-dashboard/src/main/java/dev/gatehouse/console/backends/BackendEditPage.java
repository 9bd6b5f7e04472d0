package dev.gatehouse.console.backends;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.InvalidBackendException;
import dev.gatehouse.vault.CredentialKind;
import dev.gatehouse.vault.CredentialVault;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Registers a backend, or edits one ({@code ?name=}). The registry validates; its
 * {@link InvalidBackendException} is shown on the field it names.
 */
@Named
@ViewScoped
public class BackendEditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The registry's field names that are also the ids of this form's inputs. */
    private static final Set<String> FIELDS = Set.of("name", "transport", "url", "command", "args", "env", "credential");

    @Inject
    ConsoleBackends backends;

    @Inject
    BackendRegistry registry;

    @Inject
    CredentialVault vault;

    private String name;
    private BackendForm form = new BackendForm();
    private boolean editing;
    private boolean missing;

    /** Fills the form from the backend named in the URL, if any. */
    public void load() {
        if (name == null || name.isBlank()) {
            return;
        }
        backends.spec(name).ifPresentOrElse(spec -> {
            form = BackendForm.of(spec);
            editing = true;
        }, () -> missing = true);
    }

    /** A credential the select offers. */
    public record CredentialChoice(String name, String kind) implements Serializable {
    }

    /** The credentials that suit the chosen transport ({@code env} for stdio; bearer or headers for http). */
    public List<CredentialChoice> getCredentials() {
        return vault.list().stream().filter(c -> form.getTransport().equals(CredentialKind.transportFor(c.kind())))
                .map(c -> new CredentialChoice(c.name(), c.kind())).toList();
    }

    public String save() {
        try {
            BackendSpec spec = form.toFields().toSpec();
            BackendSpec saved = editing ? registry.update(spec) : registry.create(spec);
            ConsoleMessages.keepForNextPage();
            ConsoleMessages.info("Backend '" + saved.name() + "' " + (editing ? "saved." : "registered; connecting."));
            return "/backends/index?faces-redirect=true";
        } catch (InvalidBackendException e) {
            String field = e.field() == null ? "" : e.field().replaceFirst("\\..*", "");
            ConsoleMessages.failure(FIELDS.contains(field) ? "form:" + field : null,
                    editing ? "Saving" : "Registering", e);
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, editing ? "Saving" : "Registering", e);
        }
        return null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BackendForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isMissing() {
        return missing;
    }
}
