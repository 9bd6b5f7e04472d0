package dev.gatehouse.registry;

import jakarta.ejb.ApplicationException;

/** No backend has the given name. */
@ApplicationException(rollback = true)
public class UnknownBackendException extends RuntimeException {
    public UnknownBackendException(String name) {
        super("no backend named '" + name + "'");
    }
}
