package dev.gatehouse.registry;

import jakarta.ejb.ApplicationException;

/** A backend field is invalid; {@link #field()} names it as the API and the YAML file spell it. */
@ApplicationException(rollback = true)
public class InvalidBackendException extends RuntimeException {
    private final String field;

    public InvalidBackendException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
