package dev.gatehouse.audit;

/** An audit query parameter that cannot be used (a bad cursor, time or limit); names the parameter. */
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
