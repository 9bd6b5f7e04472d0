package dev.gatehouse.gateway;

/** A direct call named a tool the backend's catalog does not list. */
public class UnknownToolException extends RuntimeException {
    public UnknownToolException(String backend, String tool) {
        super("backend '" + backend + "' has no tool named '" + tool + "'");
    }
}
