package dev.gatehouse.rego.value;

/** The Rego {@code null} value; a singleton. */
public final class NullValue implements Value {
    /** The only instance. */
    public static final NullValue INSTANCE = new NullValue();

    private NullValue() {
    }

    @Override
    public int typeRank() {
        return 0;
    }

    @Override
    public String typeName() {
        return "null";
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return 0x6e756c6c;
    }

    @Override
    public String toString() {
        return "null";
    }
}
