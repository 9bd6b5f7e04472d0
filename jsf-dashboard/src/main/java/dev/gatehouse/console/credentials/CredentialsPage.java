package dev.gatehouse.console.credentials;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.vault.CredentialVault;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The credentials list: every stored credential without its secrets, and deleting one that no backend uses. */
@Named
@ViewScoped
public class CredentialsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private CredentialVault vault;

    private List<CredentialRow> credentials;

    @PostConstruct
    void load() {
        credentials = vault.list().stream().map(CredentialRow::of).toList();
    }

    public List<CredentialRow> getCredentials() {
        return credentials;
    }

    /** Deletes a credential; the vault refuses while backends use it, and the page says which. */
    public void delete(String name) {
        try {
            vault.delete(name);
            ConsoleMessages.info("Credential '" + name + "' deleted.");
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Deleting credential '" + name + "'", e);
        }
        load();
    }
}
