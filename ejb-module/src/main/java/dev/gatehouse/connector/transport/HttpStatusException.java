package dev.gatehouse.connector.transport;

/** An HTTP backend answered with a status the transport cannot use. */
public class HttpStatusException extends TransportException {
    private final int status;

    public HttpStatusException(String what, int status) {
        super(what + " answered HTTP " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
