package dev.gatehouse.rego.builtin;

/**
 * A builtin's failure, with OPA's error code ({@value #TYPE_ERROR} or {@value #BUILTIN_ERROR})
 * and OPA's message (e.g. {@code plus: operand 1 must be number but got string}); the evaluator
 * adds the location prefix and decides between strict and non-strict handling.
 */
public final class BuiltinException extends Exception {
    /** OPA's code for operand type errors. */
    public static final String TYPE_ERROR = "eval_type_error";
    /** OPA's code for other builtin errors. */
    public static final String BUILTIN_ERROR = "eval_builtin_error";

    private final String code;

    /** An error with the given code and message. */
    public BuiltinException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** An {@code eval_type_error}. */
    public static BuiltinException typeError(String message) {
        return new BuiltinException(TYPE_ERROR, message);
    }

    /** An {@code eval_builtin_error}. */
    public static BuiltinException builtinError(String message) {
        return new BuiltinException(BUILTIN_ERROR, message);
    }

    /** {@code eval_type_error} or {@code eval_builtin_error}. */
    public String code() {
        return code;
    }
}
