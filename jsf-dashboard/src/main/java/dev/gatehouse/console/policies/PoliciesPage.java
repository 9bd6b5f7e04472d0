package dev.gatehouse.console.policies;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.console.shell.OperatorSession;
import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.policy.StoredPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies list: every stored policy with its current version, an enabled toggle that
 * takes effect at once (for the next call on every session), and delete.
 */
@Named
@ViewScoped
public class PoliciesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PolicyStore store;

    @Inject
    OperatorSession session;

    private List<PolicyRow> rows = List.of();

    @PostConstruct
    void load() {
        try {
            rows = new ArrayList<>(store.list().stream().map(PolicyRow::new).toList());
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Loading the policies", e);
        }
    }

    public List<PolicyRow> getRows() {
        return rows;
    }

    public long getEnabledCount() {
        return rows.stream().filter(PolicyRow::isEnabled).count();
    }

    /** Writes the row's (already toggled) enabled flag; the source stays as it is. */
    public void toggle(PolicyRow row) {
        try {
            StoredPolicy saved = store.update(row.getName(), null, row.isEnabled(), session.operator().displayName());
            ConsoleMessages.info("Policy '" + saved.name() + "' " + (saved.enabled() ? "enabled" : "disabled") + ".");
        } catch (RuntimeException e) {
            row.setEnabled(!row.isEnabled());
            ConsoleMessages.failure(null, "Changing '" + row.getName() + "'", e);
        }
        load();
    }

    public void delete(String name) {
        try {
            store.delete(name);
            ConsoleMessages.info("Policy '" + name + "' and its history deleted.");
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Deleting '" + name + "'", e);
        }
        load();
    }
}
