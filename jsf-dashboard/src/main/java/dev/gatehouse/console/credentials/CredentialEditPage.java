package dev.gatehouse.console.credentials;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.vault.CredentialDescription;
import dev.gatehouse.vault.CredentialVault;
import dev.gatehouse.vault.InvalidCredentialException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The credential form: creates a credential, or edits one keeping every secret whose field is
 * left empty. Entered secrets are held only until the vault has them and are never rendered.
 */
@Named
@ViewScoped
public class CredentialEditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String LIST = "/credentials/index?faces-redirect=true";

    @Inject
    private CredentialVault vault;

    private String name;
    private String newName;
    private CredentialForm form;
    private List<String> usedBy = List.of();

    /** Reads the credential named in the URL, or prepares an empty form when none is named. */
    public String load() {
        if (name == null || name.isBlank()) {
            form = CredentialForm.blank();
            return null;
        }
        Optional<CredentialDescription> stored = vault.find(name);
        if (stored.isEmpty()) {
            ConsoleMessages.keepForNextPage();
            ConsoleMessages.error(null, "No credential named '" + name + "'", null);
            return LIST;
        }
        form = CredentialForm.of(stored.get());
        usedBy = stored.get().usedBy();
        return null;
    }

    /** Stores the form; stays on the page with the failing field marked when the vault refuses. */
    public String save() {
        String action = form.isEditing() ? "Saving credential '" + name + "'" : "Creating the credential";
        try {
            if (form.isEditing()) {
                vault.revise(name, form.toRevision());
            } else {
                vault.create(newName, form.toRevision().alone());
            }
        } catch (RuntimeException e) {
            ConsoleMessages.failure(e instanceof InvalidCredentialException invalid ? clientIdOf(invalid.field()) : null,
                    action, e);
            return null;
        }
        form.forget();
        ConsoleMessages.keepForNextPage();
        ConsoleMessages.info("Credential '" + (form.isEditing() ? name : newName) + "' saved.");
        return LIST;
    }

    public void addRow() {
        form.addRow();
    }

    public void removeRow(SecretRow row) {
        form.removeRow(row);
    }

    /** The component that shows a failure of the vault's field. */
    static String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        if (field.equals("headers") || field.equals("env") || field.startsWith("headers.") || field.startsWith("env.")) {
            return "form:rows";
        }
        return switch (field) {
            case "name", "kind", "token" -> "form:" + field;
            default -> null;
        };
    }


    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName == null ? null : newName.strip();
    }

    public CredentialForm getForm() {
        return form;
    }

    public List<KindChoice> getKinds() {
        return KindChoice.all();
    }

    public List<String> getUsedBy() {
        return usedBy;
    }
}
