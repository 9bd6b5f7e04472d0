package dev.gatehouse.identity;

import jakarta.ejb.ApplicationException;

/** No agent has the given name. */
@ApplicationException(rollback = true)
public class UnknownAgentException extends RuntimeException {
    public UnknownAgentException(String name) {
        super("no agent named '" + name + "'");
    }
}
