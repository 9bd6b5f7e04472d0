package dev.gatehouse.rego.builtin;

/**
 * A registered builtin: its declaration, its implementation (a {@link Builtin} function, or a
 * {@link Relation} for relations; both null when only declared, e.g. a family not implemented yet),
 * and whether the capability profile allows calling it ({@code available == false} means the
 * compiler must reject calls, though {@code with name as mock} still refers to the declaration).
 */
public record BuiltinEntry(BuiltinDecl decl, Builtin function, Relation relation, boolean available) {
    /** The builtin's name. */
    public String name() {
        return decl.name();
    }

    /** True when an implementation exists. */
    public boolean implemented() {
        return function != null || relation != null;
    }

    /** The same entry with a different availability. */
    public BuiltinEntry withAvailable(boolean a) {
        return new BuiltinEntry(decl, function, relation, a);
    }
}
