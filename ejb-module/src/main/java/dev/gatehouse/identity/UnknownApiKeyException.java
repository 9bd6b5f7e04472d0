package dev.gatehouse.identity;

import jakarta.ejb.ApplicationException;

/** The agent has no API key with that id. */
@ApplicationException(rollback = true)
public class UnknownApiKeyException extends RuntimeException {
    public UnknownApiKeyException(String agent, String id) {
        super("agent '" + agent + "' has no API key with id '" + id + "'");
    }
}
