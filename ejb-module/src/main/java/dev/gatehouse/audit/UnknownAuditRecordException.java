package dev.gatehouse.audit;

import jakarta.ejb.ApplicationException;

/** No audit record has the requested id (it never existed or retention removed it). */
@ApplicationException
public class UnknownAuditRecordException extends RuntimeException {
    public UnknownAuditRecordException(String id) {
        super("no audit record '" + id + "'");
    }
}
