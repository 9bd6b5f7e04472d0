package dev.gatehouse.rego.value;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** A Rego array: an immutable sequence of values, ordered lexicographically. */
public final class ArrayValue implements Value {
    /** The empty array. */
    public static final ArrayValue EMPTY = new ArrayValue(new Value[0]);

    private final Value[] elems;
    private int hash;

    private ArrayValue(Value[] elems) {
        this.elems = elems;
    }

    /** Wraps {@code elems} without copying; the caller must not modify the array afterwards. */
    public static ArrayValue of(Value[] elems) {
        return elems.length == 0 ? EMPTY : new ArrayValue(elems);
    }

    /** An array with the elements of {@code elems}. */
    public static ArrayValue copyOf(List<? extends Value> elems) {
        return of(elems.toArray(new Value[0]));
    }

    /** Number of elements. */
    public int size() {
        return elems.length;
    }

    /** The element at {@code i}. */
    public Value get(int i) {
        return elems[i];
    }

    /** An unmodifiable list view, without copying. */
    public List<Value> asList() {
        return new View(elems);
    }

    /** A sub-array [from, to). */
    public ArrayValue slice(int from, int to) {
        return of(Arrays.copyOfRange(elems, from, to));
    }

    /** A copy of the elements. */
    public Value[] toArray() {
        return elems.clone();
    }

    @Override
    public int typeRank() {
        return 4;
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ArrayValue a && Arrays.equals(a.elems, elems);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(elems) + 0x61727261;
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }

    private static final class View extends AbstractList<Value> implements RandomAccess {
        private final Value[] a;

        View(Value[] a) {
            this.a = a;
        }

        @Override
        public Value get(int index) {
            return a[index];
        }

        @Override
        public int size() {
            return a.length;
        }
    }
}
