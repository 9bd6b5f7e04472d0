package dev.gatehouse.audit;

import jakarta.ejb.ApplicationException;

/** The audit store could not be read or written (the database is down, say). */
@ApplicationException
public class AuditStoreException extends RuntimeException {
    public AuditStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
