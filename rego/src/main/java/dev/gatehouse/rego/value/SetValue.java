package dev.gatehouse.rego.value;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A Rego set: an immutable collection of distinct values, ordered and printed by sorted elements. */
public final class SetValue implements Value {
    /** The empty set. */
    public static final SetValue EMPTY = new SetValue(new LinkedHashSet<>());

    private final Set<Value> set;
    private volatile Value[] sorted;

    private SetValue(Set<Value> set) {
        this.set = set;
    }

    /** Wraps {@code set} without copying; the caller must not modify it afterwards. */
    public static SetValue wrap(Set<Value> set) {
        return set.isEmpty() ? EMPTY : new SetValue(set);
    }

    /** A set of the given elements (duplicates collapse). */
    public static SetValue of(Collection<? extends Value> elems) {
        return wrap(new LinkedHashSet<>(elems));
    }

    /** Number of elements. */
    public int size() {
        return set.size();
    }

    /** True when {@code v} is an element. */
    public boolean contains(Value v) {
        return set.contains(v);
    }

    /** An unmodifiable view of the elements (insertion order). */
    public Set<Value> asSet() {
        return Collections.unmodifiableSet(set);
    }

    /** The elements in OPA's order; the returned array must not be modified. */
    public Value[] sorted() {
        Value[] s = sorted;
        if (s == null) {
            s = set.toArray(new Value[0]);
            Arrays.sort(s);
            sorted = s;
        }
        return s;
    }

    /** A copy with {@code v} added. */
    public SetValue with(Value v) {
        if (set.contains(v)) {
            return this;
        }
        LinkedHashSet<Value> s = new LinkedHashSet<>(set);
        s.add(v);
        return new SetValue(s);
    }

    @Override
    public int typeRank() {
        return 6;
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SetValue sv && sv.set.equals(set);
    }

    @Override
    public int hashCode() {
        return set.hashCode() + 0x736574;
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }
}
