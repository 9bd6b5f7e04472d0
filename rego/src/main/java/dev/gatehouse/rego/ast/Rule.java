package dev.gatehouse.rego.ast;

import java.util.List;

/**
 * A rule as written. The head reference is relative to the package ({@code p.q[x]}); {@code args} is non-null only
 * for functions; {@code key} is set only for partial-set rules ({@code contains}); {@code value} may be null (then
 * {@code true}). {@code elseRule} chains {@code else} branches.
 *
 * @param loc      start of the rule
 * @param isDefault {@code default} rule
 * @param head     head reference, head term a {@link Term.Var}
 * @param args     function parameters or null
 * @param key      partial-set element or null
 * @param value    value term or null
 * @param assign   written with {@code :=}
 * @param body     body literals (empty = true)
 * @param elseRule next {@code else} branch or null
 */
public record Rule(Location loc, boolean isDefault, Term.Ref head, List<Term> args, Term key, Term value,
                   boolean assign, List<Expr> body, Rule elseRule) {
    /** Whether this is a function definition. */
    public boolean isFunction() {
        return args != null;
    }
}
