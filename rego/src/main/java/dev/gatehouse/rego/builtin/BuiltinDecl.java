package dev.gatehouse.rego.builtin;

import java.util.List;

/**
 * A builtin's declaration as the compiler sees it: name, argument and result types (OPA's
 * capabilities), the infix operator if any, and flags. {@code variadic} is null unless the last
 * argument repeats; {@code result} is null for builtins used only as statements.
 */
public record BuiltinDecl(String name, List<Type> args, Type variadic, Type result, String infix,
                          boolean relation, boolean nondeterministic, boolean deprecated) {
    /** Defensive copy. */
    public BuiltinDecl {
        args = List.copyOf(args);
    }

    /** A plain (non-infix, non-relation) declaration. */
    public static BuiltinDecl of(String name, List<Type> args, Type result) {
        return new BuiltinDecl(name, args, null, result, null, false, false, false);
    }

    /** The declaration as a function type. */
    public Type.Function type() {
        return new Type.Function(args, variadic, result);
    }
}
