package dev.gatehouse.identity;

import jakarta.ejb.ApplicationException;

/** An agent or API key field is invalid; {@link #field()} names it as the API and the YAML file spell it. */
@ApplicationException(rollback = true)
public class InvalidAgentException extends RuntimeException {
    private final String field;

    public InvalidAgentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
