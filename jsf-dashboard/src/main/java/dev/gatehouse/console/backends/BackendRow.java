package dev.gatehouse.console.backends;

import dev.gatehouse.connector.BackendLink;
import dev.gatehouse.connector.BackendStatus;
import dev.gatehouse.connector.Catalog;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One backend as the list and its page show it: the definition joined with the live link's
 * state and catalog sizes. {@code state} is the lower-case state (also the badge's CSS class):
 * disabled, pending (not picked up by the connector yet), connecting, ready, degraded, failed.
 *
 * @param target where it is: the URL, or the command line
 */
public record BackendRow(String name, String transport, String target, boolean enabled, String credential,
                         String state, String since, String lastError, String lastErrorAt,
                         int tools, int resources, int templates, int prompts) implements Serializable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Joins a registered backend with its link, when the connector has one. */
    public static BackendRow of(BackendSpec spec, Optional<BackendLink> link, Instant now) {
        String target = switch (spec.transport()) {
            case HttpTransportSpec http -> http.url().toString();
            case StdioTransportSpec stdio ->
                    String.join(" ", Stream.concat(Stream.of(stdio.command()), stdio.args().stream()).toList());
        };
        BackendStatus status = link.map(BackendLink::status).orElse(null);
        Catalog catalog = link.map(BackendLink::catalog).orElse(Catalog.EMPTY);
        String state = status == null ? (spec.enabled() ? "pending" : "disabled")
                : status.state().name().toLowerCase(Locale.ROOT);
        return new BackendRow(spec.name(), spec.transport().kind(), target, spec.enabled(), spec.credential(), state,
                status == null ? "" : ago(status.since(), now),
                status == null || status.lastError() == null ? "" : status.lastError(),
                status == null || status.lastErrorAt() == null ? "" : ago(status.lastErrorAt(), now),
                catalog.tools().size(), catalog.resources().size(), catalog.resourceTemplates().size(), catalog.prompts().size());
    }

    /** The state as a label: "Ready", "Connecting", ... */
    public String stateLabel() {
        return state.substring(0, 1).toUpperCase(Locale.ROOT) + state.substring(1);
    }

    /** Whether the catalog can be browsed and tools called. */
    public boolean serving() {
        return "ready".equals(state) || "degraded".equals(state);
    }

    /** How long ago {@code then} was, for people: "12 s ago", "3 min ago", "5 h ago", else the date. */
    static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).toSeconds());
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h ago";
        }
        return TIME.format(then);
    }
}
