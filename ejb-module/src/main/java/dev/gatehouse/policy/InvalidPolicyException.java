package dev.gatehouse.policy;

/** A policy request is malformed (a missing name or source); the field says which part. */
public class InvalidPolicyException extends RuntimeException {
    private final String field;

    public InvalidPolicyException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
