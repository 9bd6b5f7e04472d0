package dev.gatehouse.gateway;

/**
 * An agent named a tool, prompt, resource or URI template that no ready backend exposes
 * (JSON-RPC -32602, or -32002 for resources).
 */
public class UnknownTargetException extends RuntimeException {
    /** What kind of entry was not found. */
    public enum Kind { TOOL, PROMPT, RESOURCE, TEMPLATE }

    private final Kind kind;

    public UnknownTargetException(Kind kind, String name) {
        super("unknown " + kind.name().toLowerCase(java.util.Locale.ROOT).replace("template", "resource template")
                + " '" + name + "'");
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
