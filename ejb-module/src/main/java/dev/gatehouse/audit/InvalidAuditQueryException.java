package dev.gatehouse.audit;

import jakarta.ejb.ApplicationException;

/** An audit query parameter that cannot be used (a bad cursor, time or limit); names the parameter. */
@ApplicationException
public class InvalidAuditQueryException extends RuntimeException {
    private final String field;

    public InvalidAuditQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
