package dev.gatehouse.rego.compile;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.ast.Expr;
import java.util.List;

/** Compile-time checks of builtin calls (arity, types, capability profile). */
public interface Checker {
    /** Appends errors found in a resolved body. */
    void checkBody(List<Expr> body, List<RegoError> errors);

    /** Number of declared arguments of a builtin, or -1 when unknown. */
    int arity(String name);

    /** Whether {@code name} names a builtin or function (for {@code with} replacements). */
    default boolean knows(String name) {
        return arity(name) >= 0;
    }

    /** A checker that checks nothing. */
    static Checker none() {
        return new Checker() {
            @Override
            public void checkBody(List<Expr> body, List<RegoError> errors) {
            }

            @Override
            public int arity(String name) {
                return -1;
            }
        };
    }
}
