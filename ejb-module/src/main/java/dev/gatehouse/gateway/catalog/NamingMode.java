package dev.gatehouse.gateway.catalog;

import java.util.Locale;

/**
 * How tool and prompt names of a backend appear to agents.
 *
 * <ul>
 *   <li>{@link #PREFIXED}: {@code <backend>__<name>}. Backend names are {@code [A-Za-z0-9_-]}
 *       and tool names {@code [A-Za-z0-9_.-]}, so the result still satisfies MCP's tool-name
 *       rules.</li>
 *   <li>{@link #NONE}: names pass through unchanged (meant for a single backend).</li>
 * </ul>
 * Routing never splits a name: it looks the exposed name up in the snapshot's table. When
 * two entries would get the same exposed name (prefix-free mode, or a backend name that
 * itself contains {@code __}), the backend whose name sorts first keeps it and the clash is
 * logged.
 */
public enum NamingMode {
    PREFIXED, NONE;

    /** Between the backend name and the entry name in {@link #PREFIXED} mode. */
    public static final String SEPARATOR = "__";

    /** Reads the configuration value {@code prefixed} or {@code none} (case-insensitive). */
    public static NamingMode parse(String value) {
        if (value == null || value.isBlank()) {
            return PREFIXED;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "prefixed" -> PREFIXED;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException(
                    "gatehouse.gateway.naming must be 'prefixed' or 'none', not '" + value + "'");
        };
    }

    /** The name an agent sees for {@code name} of {@code backend}. */
    public String expose(String backend, String name) {
        return switch (this) {
            case PREFIXED -> backend + SEPARATOR + name;
            case NONE -> name;
        };
    }
}
