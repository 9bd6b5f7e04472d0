package dev.gatehouse.console.audit;

import dev.gatehouse.audit.AuditCursor;
import dev.gatehouse.audit.AuditPage;
import dev.gatehouse.audit.AuditRecorder;
import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The audit feed: the filters from the URL, the newest page of matching records, older
 * pages appended through the store's cursor, and a poll that reloads the newest page while
 * the operator is on it and has not paused it. Applying filters redirects to the filtered
 * URL, so every filtered feed is a bookmark.
 */
@Named
@ViewScoped
public class AuditFeedPage implements Serializable {
    static final int PAGE = 50;
    /** The MCP methods the gateway audits (a closed set in {@code CallAuditor}). */
    private static final List<String> METHODS = List.of("tools/call", "resources/read", "prompts/get",
            "completion/complete", "tools/list", "resources/list", "resources/templates/list", "prompts/list");

    @Inject
    AuditRecorder recorder;
    @Inject
    AgentRegistry agents;
    @Inject
    BackendRegistry backends;

    private final AuditFilter filter = new AuditFilter();
    private final List<AuditRow> rows = new ArrayList<>();
    private String nextCursor;
    private boolean paused;
    private boolean failed;
    private String refreshedAt;

    /** Loads the newest page for the filters in the URL. */
    public void load() {
        rows.clear();
        nextCursor = null;
        fetch(null);
    }

    /** Applies the edited filters: a redirect to the URL that carries them. */
    public String apply() {
        return "/audit/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** A quick range: the last {@code minutes} up to now. */
    public String last(int minutes) {
        filter.last(Duration.ofMinutes(minutes), Instant.now());
        return apply();
    }

    /** Appends the next older page. */
    public void older() {
        if (nextCursor != null) {
            fetch(AuditCursor.decode(nextCursor));
        }
    }

    /** The poll: reloads the newest page unless paused or reading older pages. */
    public void refresh() {
        if (isLive()) {
            load();
        }
    }

    public void togglePaused() {
        paused = !paused;
        refresh();
    }

    private void fetch(String afterId) {
        try {
            AuditPage page = recorder.query(filter.query(PAGE, afterId));
            page.records().stream().map(AuditRow::of).forEach(rows::add);
            nextCursor = page.nextCursor();
            failed = false;
            refreshedAt = AuditRow.time(Instant.now()).substring(11, 19);
        } catch (RuntimeException e) {
            failed = true;
            ConsoleMessages.failure(null, "Reading the audit log", e);
        }
    }

    public List<String> completeAgent(String prefix) {
        return matching(agents.list().stream().map(AgentSpec::name), prefix);
    }

    public List<String> completeBackend(String prefix) {
        return matching(backends.specs().stream().map(BackendSpec::name), prefix);
    }

    private static List<String> matching(Stream<String> names, String prefix) {
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        return names.filter(n -> n.toLowerCase(Locale.ROOT).contains(p)).sorted().limit(20).toList();
    }

    /** Live while not paused and only the newest page is shown. */
    public boolean isLive() {
        return !paused && !isBrowsingOlder();
    }

    /** Older pages are shown below the newest: refreshing would take them away, so the feed holds still. */
    public boolean isBrowsingOlder() {
        return rows.size() > PAGE;
    }

    public List<String> getMethods() {
        return METHODS;
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public List<AuditRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return nextCursor != null;
    }

    public boolean isPaused() {
        return paused;
    }

    public boolean isFailed() {
        return failed;
    }

    public String getRefreshedAt() {
        return refreshedAt;
    }
}
