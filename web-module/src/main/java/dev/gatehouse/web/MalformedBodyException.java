package dev.gatehouse.web;

/** A request body is not valid JSON or does not fit the expected shape; {@link #field()} says where. */
public class MalformedBodyException extends RuntimeException {
    private final String field;

    public MalformedBodyException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The JSON path of the problem, or empty when it concerns the whole body. */
    public String field() {
        return field;
    }
}
