package dev.gatehouse.web.admin;

/** The backend exists but is not connected (connecting, failed, disabled), so it cannot take a call. */
public class BackendNotReadyException extends RuntimeException {
    public BackendNotReadyException(String backend, String state) {
        super("backend '" + backend + "' is not ready (state " + state + ")");
    }
}
