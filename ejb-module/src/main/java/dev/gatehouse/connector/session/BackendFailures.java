package dev.gatehouse.connector.session;

import dev.gatehouse.connector.transport.TransportException;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place where connector failures become the JSON-RPC errors agents see. Messages
 * name the backend and the reason (already redacted), never a class name or stack trace.
 */
public final class BackendFailures {
    private BackendFailures() {
    }

    /** {@code BACKEND_UNAVAILABLE}: "backend 'x' is unavailable: reason". */
    public static McpException unavailable(String backend, String reason) {
        return new BackendUnavailableException(backend, reason);
    }

    /** {@code BACKEND_TIMEOUT}: the backend did not answer in time. */
    public static McpException timeout(String backend, String method, Duration after) {
        return new McpException(JsonRpcError.BACKEND_TIMEOUT, "backend '" + backend + "' did not answer " + method
                + " within " + describe(after));
    }

    /** The innermost meaningful cause of a failed future or blocking wait. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A short, redacted-safe reason for any failure the connector produces. */
    public static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        return switch (cause) {
            case BackendUnavailableException u -> u.reason();
            case McpException m -> m.getMessage();
            case TransportException t -> t.getMessage();
            case HandshakeException h -> h.getMessage();
            case CancellationException c -> "cancelled";
            default -> cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        };
    }

    static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
