package dev.gatehouse.console.backends;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.registry.BackendRegistry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The backend list: live status and catalog sizes, refreshed by a poll; enable, disable, delete. */
@Named
@ViewScoped
public class BackendsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleBackends backends;

    @Inject
    BackendRegistry registry;

    private List<BackendRow> rows;

    public List<BackendRow> getRows() {
        if (rows == null) {
            refresh();
        }
        return rows;
    }

    /** How many backends are in one state. */
    public record StateCount(String state, long count) implements Serializable {
    }

    /** How many backends are in each state, for the summary line. */
    public List<StateCount> getByState() {
        Map<String, Long> counts = new TreeMap<>();
        getRows().forEach(r -> counts.merge(r.state(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new StateCount(e.getKey(), e.getValue())).toList();
    }

    public void refresh() {
        rows = backends.rows();
    }

    public void enable(String name) {
        try {
            registry.enable(name);
            ConsoleMessages.info("Backend '" + name + "' enabled; connecting.");
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Enabling '" + name + "'", e);
        }
        refresh();
    }

    public void disable(String name) {
        try {
            registry.disable(name);
            ConsoleMessages.info("Backend '" + name + "' disabled.");
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Disabling '" + name + "'", e);
        }
        refresh();
    }

    public void delete(String name) {
        try {
            registry.delete(name);
            ConsoleMessages.info("Backend '" + name + "' deleted.");
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Deleting '" + name + "'", e);
        }
        refresh();
    }
}
