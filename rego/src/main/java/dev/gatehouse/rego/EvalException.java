package dev.gatehouse.rego;

import java.util.List;

/**
 * Thrown by {@link PreparedPolicy#eval}: builtin errors in strict mode, conflicts, cancellation, exhausted budget.
 * The code is OPA's ({@code eval_type_error}, {@code eval_builtin_error}, {@code eval_conflict_error},
 * {@code eval_cancel_error}).
 */
public class EvalException extends RegoException {
    /** Creates an exception for a non-empty list of errors. */
    public EvalException(List<RegoError> errors) {
        super(errors);
    }
}
