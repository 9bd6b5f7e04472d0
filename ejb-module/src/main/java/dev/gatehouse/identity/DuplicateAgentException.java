package dev.gatehouse.identity;

import jakarta.ejb.ApplicationException;

/** An agent with that name already exists, or a pre-set key is already another agent's. */
@ApplicationException(rollback = true)
public class DuplicateAgentException extends RuntimeException {
    public DuplicateAgentException(String message) {
        super(message);
    }
}
