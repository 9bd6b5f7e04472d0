package dev.gatehouse.vault;

import jakarta.ejb.ApplicationException;

/** A credential with that name already exists. */
@ApplicationException(rollback = true)
public class DuplicateCredentialException extends RuntimeException {
    public DuplicateCredentialException(String name) {
        super("a credential named '" + name + "' already exists");
    }
}
