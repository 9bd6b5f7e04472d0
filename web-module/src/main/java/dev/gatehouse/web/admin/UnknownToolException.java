package dev.gatehouse.web.admin;

/** The backend's catalog has no tool of that name. */
public class UnknownToolException extends RuntimeException {
    public UnknownToolException(String backend, String tool) {
        super("backend '" + backend + "' has no tool named '" + tool + "'");
    }
}
