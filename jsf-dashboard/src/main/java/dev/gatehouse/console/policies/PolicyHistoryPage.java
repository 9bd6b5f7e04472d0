package dev.gatehouse.console.policies;

import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.policy.StoredVersion;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A policy's version history, newest first; choosing a version shows the line diff from the
 * version before it (version 1: from nothing). The newest version is chosen at first.
 */
@Named
@ViewScoped
public class PolicyHistoryPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PolicyStore store;

    private String name;
    private List<VersionRow> versions = List.of();
    private int selected;
    private List<LineDiff.Line> diff = List.of();
    private int added;
    private int removed;

    public void load() {
        try {
            versions = store.versions(name).reversed().stream().map(VersionRow::of).toList();
            if (!versions.isEmpty()) {
                select(versions.getFirst().number());
            }
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Loading the history of '" + name + "'", e);
        }
    }

    /** Shows the diff from the version before {@code number} to it. */
    public void select(int number) {
        try {
            StoredVersion chosen = store.version(name, number);
            String previous = number > 1 ? store.version(name, number - 1).source() : "";
            selected = number;
            diff = LineDiff.between(previous, chosen.source());
            added = (int) diff.stream().filter(l -> l.change() == LineDiff.Change.ADDED).count();
            removed = (int) diff.stream().filter(l -> l.change() == LineDiff.Change.REMOVED).count();
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Loading version " + number, e);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public int getSelected() {
        return selected;
    }

    public List<LineDiff.Line> getDiff() {
        return diff;
    }

    public int getAdded() {
        return added;
    }

    public int getRemoved() {
        return removed;
    }
}
