package dev.gatehouse.rego.ast;

import java.util.List;

/**
 * A Rego term. Closed set: scalars, variables, references, collections, comprehensions and calls.
 * Numbers keep their source text so that arbitrary precision survives until the value model converts them.
 */
public sealed interface Term {
    /** Where the term starts. */
    Location loc();

    /** A ground value folded by the compiler (never produced by the parser). */
    record Const(Location loc, dev.gatehouse.rego.value.Value value) implements Term { }

    /** {@code null}. */
    record Null(Location loc) implements Term { }

    /** {@code true} / {@code false}. */
    record Bool(Location loc, boolean value) implements Term { }

    /** A number literal, as written (JSON syntax). */
    record Num(Location loc, String text) implements Term { }

    /** A string literal, escapes already decoded. */
    record Str(Location loc, String value) implements Term { }

    /** A variable; the parser names each {@code _} uniquely ({@code $_N}). */
    record Var(Location loc, String name) implements Term {
        /** Whether this is a generated wildcard. */
        public boolean isWildcard() {
            return name.startsWith("$_");
        }
    }

    /** A reference {@code head.a[b]...}; dotted parts are {@link Str} terms. */
    record Ref(Location loc, Term head, List<Term> path) implements Term { }

    /** {@code [a, b]}. */
    record Arr(Location loc, List<Term> items) implements Term { }

    /** {@code {k: v, ...}}; keys and values are parallel lists. */
    record Obj(Location loc, List<Term> keys, List<Term> values) implements Term { }

    /** {@code {a, b}} or {@code set()}. */
    record SetT(Location loc, List<Term> items) implements Term { }

    /** {@code [head | body]}. */
    record ArrayCompr(Location loc, Term head, List<Expr> body) implements Term { }

    /** {@code {head | body}}. */
    record SetCompr(Location loc, Term head, List<Expr> body) implements Term { }

    /** {@code {key: value | body}}. */
    record ObjectCompr(Location loc, Term key, Term value, List<Expr> body) implements Term { }

    /**
     * A call {@code op(args)}; infix operators become calls to their builtin names ({@code plus}, {@code equal}...).
     * {@code name} is the dotted form of {@code op}.
     */
    record Call(Location loc, List<String> op, List<Term> args, String name) implements Term {
        /** A call; {@code name} is the dotted operator name, computed once. */
        public Call(Location loc, List<String> op, List<Term> args) {
            this(loc, op, args, String.join(".", op));
        }
    }
}
