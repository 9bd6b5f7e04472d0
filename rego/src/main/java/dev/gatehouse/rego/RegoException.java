package dev.gatehouse.rego;

import java.util.List;

/**
 * Thrown when parsing, compiling or evaluating fails. Carries every error found (a compile reports all it can);
 * {@link #code()} is the first error's code.
 */
public class RegoException extends RuntimeException {
    private final transient List<RegoError> errors;

    /** Creates an exception for a non-empty list of errors. */
    public RegoException(List<RegoError> errors) {
        super(render(errors));
        this.errors = List.copyOf(errors);
    }

    /** Creates an exception for one error. */
    public RegoException(RegoError error) {
        this(List.of(error));
    }

    /** All errors, in the order found. */
    public List<RegoError> errors() {
        return errors;
    }

    /** The first error's code. */
    public String code() {
        return errors.get(0).code();
    }

    private static String render(List<RegoError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).toString();
        }
        StringBuilder sb = new StringBuilder(errors.size() + " errors occurred:");
        for (RegoError e : errors) {
            sb.append('\n').append(e);
        }
        return sb.toString();
    }
}
