package dev.gatehouse.audit;

/** No audit record has the requested id (it never existed or retention removed it). */
public class UnknownAuditRecordException extends RuntimeException {
    public UnknownAuditRecordException(String id) {
        super("no audit record '" + id + "'");
    }
}
