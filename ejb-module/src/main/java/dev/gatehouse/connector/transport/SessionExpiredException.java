package dev.gatehouse.connector.transport;

/** A Streamable HTTP backend answered 404 to a request carrying our session id: it must be re-initialized. */
public class SessionExpiredException extends TransportException {
    public SessionExpiredException() {
        super("the backend ended the MCP session (HTTP 404); re-initializing");
    }
}
