package dev.gatehouse.gateway;

import dev.gatehouse.connector.BackendState;

/** The backend that owns the target is registered but not serving (JSON-RPC BACKEND_UNAVAILABLE). */
public class BackendUnavailableException extends RuntimeException {
    public BackendUnavailableException(String backend, BackendState state) {
        super("backend '" + backend + "' is not available (" + state.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
}
