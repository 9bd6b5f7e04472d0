package dev.gatehouse.rego.ast;

import java.util.List;

/**
 * One literal of a rule body or query: an optional {@code not}, the expression itself and its {@code with} modifiers.
 *
 * @param loc     start of the literal
 * @param negated {@code not expr}
 * @param kind    what the literal does
 * @param withs   {@code with target as value} modifiers, in order
 */
public record Expr(Location loc, boolean negated, Kind kind, List<With> withs) {

    /** A {@code with target as value} modifier. */
    public record With(Location loc, Term target, Term value) { }

    /** What a literal does. Closed set. */
    public sealed interface Kind { }

    /** A plain term (true unless false/undefined), including calls such as {@code eq(a, b)}. */
    public record TermKind(Term term) implements Kind { }

    /** {@code a = b}: unification. */
    public record Unify(Term left, Term right) implements Kind { }

    /** {@code a := b}: declaration and assignment. */
    public record Assign(Term left, Term right) implements Kind { }

    /** {@code some x, y}: declares local variables. */
    public record SomeDecl(List<Term.Var> vars) implements Kind { }

    /** {@code some k, v in coll} / {@code some v in coll}; {@code key} may be null. */
    public record SomeIn(Term key, Term value, Term collection) implements Kind { }

    /** {@code every k, v in domain { body }}; {@code key} may be null. */
    public record Every(Term key, Term value, Term domain, List<Expr> body) implements Kind { }

    /** Copy with a different kind. */
    public Expr withKind(Kind k) {
        return new Expr(loc, negated, k, withs);
    }
}
