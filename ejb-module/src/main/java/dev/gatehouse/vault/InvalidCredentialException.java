package dev.gatehouse.vault;

import jakarta.ejb.ApplicationException;

/** A credential field is invalid. Names the field; never carries a secret value. */
@ApplicationException(rollback = true)
public class InvalidCredentialException extends RuntimeException {
    private final String field;

    public InvalidCredentialException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
