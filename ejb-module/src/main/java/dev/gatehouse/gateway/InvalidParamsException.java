package dev.gatehouse.gateway;

/** The parameters of an agent's request are missing or malformed (JSON-RPC -32602). */
public class InvalidParamsException extends RuntimeException {
    public InvalidParamsException(String message) {
        super(message);
    }
}
