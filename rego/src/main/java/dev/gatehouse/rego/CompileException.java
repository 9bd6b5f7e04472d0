package dev.gatehouse.rego;

import java.util.List;

/** Thrown by {@link PreparedPolicy#compile}: parse, compile, safety, type and recursion errors, all of them. */
public class CompileException extends RegoException {
    /** Creates an exception for a non-empty list of errors. */
    public CompileException(List<RegoError> errors) {
        super(errors);
    }
}
