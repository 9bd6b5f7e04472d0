package dev.gatehouse.connector.transport;

/**
 * The pipe to a backend failed: it could not be opened, a message could not be delivered,
 * or it went away. Messages are already redacted and safe to show an operator.
 */
public class TransportException extends RuntimeException {
    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
