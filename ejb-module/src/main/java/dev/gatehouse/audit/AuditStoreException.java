package dev.gatehouse.audit;

/** The audit store could not be read or written (the database is down, say). */
public class AuditStoreException extends RuntimeException {
    public AuditStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
