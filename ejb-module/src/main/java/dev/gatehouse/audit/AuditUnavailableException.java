package dev.gatehouse.audit;

/**
 * An event could not be accepted or made durable: the store failed in strict mode, the backlog
 * is full, or the recorder has stopped. The pipeline fails the call closed when it sees it.
 */
public class AuditUnavailableException extends RuntimeException {
    public AuditUnavailableException(String message) {
        super(message);
    }

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
