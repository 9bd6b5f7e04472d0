package dev.gatehouse.connector.session;

/** The backend answered {@code initialize} with something Gatehouse cannot work with. */
public class HandshakeException extends RuntimeException {
    public HandshakeException(String message) {
        super(message);
    }
}
