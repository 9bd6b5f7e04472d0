package dev.gatehouse.gateway.catalog;

/** A pagination cursor that Gatehouse did not issue, was altered, or has expired. */
public class InvalidCursorException extends RuntimeException {
    public InvalidCursorException(String reason) {
        super(reason);
    }
}
