package dev.gatehouse.console.overview;

import dev.gatehouse.audit.AuditQuery;
import dev.gatehouse.audit.AuditRecorder;
import dev.gatehouse.connector.BackendDirectory;
import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendState;
import dev.gatehouse.connector.BackendStatus;
import dev.gatehouse.console.audit.AuditRow;
import dev.gatehouse.console.shell.ConsoleMessages;
import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator checks first: backends by state (and the failing ones with their error),
 * calls and denials over the last hour, the latest denials, and how many agents and enabled
 * policies there are. Each part is read on its own, so one failing service leaves the rest.
 */
@Named
@RequestScoped
public class OverviewPage {
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration BUCKET = Duration.ofMinutes(5);
    static final int DENIALS = 8;

    /** A backend that is not working (failed, degraded, or retrying after a failure), with its last error. */
    public record FailedBackend(String name, String state, String error, String since) {
    }

    @Inject
    BackendRegistry backends;
    @Inject
    Instance<BackendDirectory> directory;
    @Inject
    AuditRecorder audit;
    @Inject
    AgentRegistry agents;
    @Inject
    PolicyStore policies;

    private final Map<BackendState, Integer> byState = new EnumMap<>(BackendState.class);
    private final List<FailedBackend> failed = new ArrayList<>();
    private int backendCount;
    private CallChart chart;
    private List<AuditRow> denials = List.of();
    private long agentCount;
    private long enabledAgents;
    private long enabledPolicies;
    private long policyCount;

    @PostConstruct
    void read() {
        try {
            readBackends();
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Reading the backends", e);
        }
        try {
            Instant now = Instant.now();
            chart = CallChart.of(audit.countByMinute(CallChart.since(now, WINDOW, BUCKET)), now, WINDOW, BUCKET);
            denials = audit.query(new AuditQuery(null, null, null, null, "deny", null, null, null, null, DENIALS, null))
                    .records().stream().map(AuditRow::of).toList();
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Reading the audit log", e);
        }
        try {
            List<AgentSpec> all = agents.list();
            agentCount = all.size();
            enabledAgents = all.stream().filter(AgentSpec::enabled).count();
            policyCount = policies.list().size();
            enabledPolicies = policies.enabled().size();
        } catch (RuntimeException e) {
            ConsoleMessages.failure(null, "Reading agents and policies", e);
        }
    }

    private void readBackends() {
        for (BackendState state : BackendState.values()) {
            byState.put(state, 0);
        }
        for (BackendSpec spec : backends.specs()) {
            backendCount++;
            Optional<BackendStatus> status = (directory.isResolvable() ? directory.get().find(spec.name())
                    : Optional.<BackendLink>empty()).map(BackendLink::status);
            BackendState state = status.map(BackendStatus::state)
                    .orElse(spec.enabled() ? BackendState.CONNECTING : BackendState.DISABLED);
            byState.merge(state, 1, Integer::sum);
            if (needsAttention(state, status)) {
                BackendStatus s = status.orElseThrow();
                failed.add(new FailedBackend(spec.name(), state.name().toLowerCase(Locale.ROOT),
                        s.lastError() == null ? "no error recorded" : s.lastError(), AuditRow.time(s.since()).substring(0, 19)));
            }
        }
    }

    /** Failed or degraded, or connecting again after a failure (the supervisor retries with backoff). */
    static boolean needsAttention(BackendState state, Optional<BackendStatus> status) {
        return switch (state) {
            case FAILED, DEGRADED -> true;
            case CONNECTING -> status.map(BackendStatus::lastError).isPresent();
            case READY, DISABLED -> false;
        };
    }

    public int count(String state) {
        return byState.getOrDefault(BackendState.valueOf(state), 0);
    }

    public int getBackendCount() {
        return backendCount;
    }

    public List<FailedBackend> getFailed() {
        return failed;
    }

    public CallChart getChart() {
        return chart;
    }

    public String getChartJson() {
        return chart == null ? null : chart.json();
    }

    public List<AuditRow> getDenials() {
        return denials;
    }

    public long getAgentCount() {
        return agentCount;
    }

    public long getEnabledAgents() {
        return enabledAgents;
    }

    public long getPolicyCount() {
        return policyCount;
    }

    public long getEnabledPolicies() {
        return enabledPolicies;
    }
}
