package dev.gatehouse.registry;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A backend run as a child process speaking MCP over stdin/stdout.
 *
 * @param command the executable (looked up on the PATH when not absolute)
 * @param args    its arguments
 * @param env     extra environment variables (non-secret; secret ones come from an {@code env} credential)
 */
public record StdioTransportSpec(String command, List<String> args, Map<String, String> env) implements TransportSpec {
    public StdioTransportSpec {
        Objects.requireNonNull(command, "command is required");
        if (command.isBlank()) {
            throw new IllegalArgumentException("command must not be blank");
        }
        args = args == null ? List.of() : List.copyOf(args);
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    @Override
    public String kind() {
        return "stdio";
    }
}
