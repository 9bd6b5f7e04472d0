package dev.gatehouse.registry;

import jakarta.ejb.ApplicationException;

/** A backend with that name already exists. */
@ApplicationException(rollback = true)
public class DuplicateBackendException extends RuntimeException {
    public DuplicateBackendException(String name) {
        super("a backend named '" + name + "' already exists");
    }
}
