package dev.gatehouse.rego.value;

/** A Rego boolean; two shared instances, {@link #TRUE} and {@link #FALSE}. */
public final class BooleanValue implements Value {
    /** {@code true}. */
    public static final BooleanValue TRUE = new BooleanValue(true);
    /** {@code false}. */
    public static final BooleanValue FALSE = new BooleanValue(false);

    private final boolean value;

    private BooleanValue(boolean value) {
        this.value = value;
    }

    /** The shared instance for {@code b}. */
    public static BooleanValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** The Java boolean. */
    public boolean value() {
        return value;
    }

    @Override
    public int typeRank() {
        return 1;
    }

    @Override
    public String typeName() {
        return "boolean";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BooleanValue b && b.value == value;
    }

    @Override
    public int hashCode() {
        return value ? 1231 : 1237;
    }

    @Override
    public String toString() {
        return value ? "true" : "false";
    }
}
