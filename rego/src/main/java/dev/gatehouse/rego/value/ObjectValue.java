package dev.gatehouse.rego.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Rego object: an immutable map from values to values. Equality ignores insertion order;
 * {@link #sortedKeys()} gives the keys in OPA's order (how OPA iterates and prints objects).
 */
public final class ObjectValue implements Value {
    /** The empty object. */
    public static final ObjectValue EMPTY = new ObjectValue(new LinkedHashMap<>());

    private final Map<Value, Value> map;
    private volatile Value[] sorted;

    private ObjectValue(Map<Value, Value> map) {
        this.map = map;
    }

    /** Wraps {@code map} without copying; the caller must not modify it afterwards. */
    public static ObjectValue wrap(Map<Value, Value> map) {
        return map.isEmpty() ? EMPTY : new ObjectValue(map);
    }

    /** An object with the entries of {@code map} (copied). */
    public static ObjectValue copyOf(Map<? extends Value, ? extends Value> map) {
        return wrap(new LinkedHashMap<>(map));
    }

    /** A fresh builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of entries. */
    public int size() {
        return map.size();
    }

    /** The value for {@code key}, or {@code null} if absent. */
    public Value get(Value key) {
        return map.get(key);
    }

    /** The value for string key {@code key}, or {@code null} if absent. */
    public Value get(String key) {
        return map.get(StringValue.of(key));
    }

    /** True when {@code key} is present. */
    public boolean containsKey(Value key) {
        return map.containsKey(key);
    }

    /** An unmodifiable view of the entries (insertion order). */
    public Map<Value, Value> asMap() {
        return Collections.unmodifiableMap(map);
    }

    /** The keys (insertion order). */
    public Set<Value> keySet() {
        return Collections.unmodifiableSet(map.keySet());
    }

    /** The keys in OPA's order; the returned array must not be modified. */
    public Value[] sortedKeys() {
        Value[] s = sorted;
        if (s == null) {
            s = map.keySet().toArray(new Value[0]);
            Arrays.sort(s);
            sorted = s;
        }
        return s;
    }

    /** A copy with {@code key} set to {@code value}. */
    public ObjectValue with(Value key, Value value) {
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>(map);
        m.put(key, value);
        return new ObjectValue(m);
    }

    /** A copy without {@code key}. */
    public ObjectValue without(Value key) {
        if (!map.containsKey(key)) {
            return this;
        }
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>(map);
        m.remove(key);
        return wrap(m);
    }

    @Override
    public int typeRank() {
        return 5;
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ObjectValue ov && ov.map.equals(map);
    }

    @Override
    public int hashCode() {
        return map.hashCode() + 0x6f626a;
    }

    @Override
    public String toString() {
        return Printer.print(this);
    }

    /** Builds an object; later puts of an equal key replace earlier ones. */
    public static final class Builder {
        private LinkedHashMap<Value, Value> map = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds or replaces an entry. */
        public Builder put(Value key, Value value) {
            map.put(key, value);
            return this;
        }

        /** Adds or replaces an entry with a string key. */
        public Builder put(String key, Value value) {
            map.put(StringValue.of(key), value);
            return this;
        }

        /** True when {@code key} was already put. */
        public boolean containsKey(Value key) {
            return map.containsKey(key);
        }

        /** The value put for {@code key}, or null. */
        public Value get(Value key) {
            return map.get(key);
        }

        /** The object; the builder must not be used afterwards. */
        public ObjectValue build() {
            ObjectValue o = wrap(map);
            map = null;
            return o;
        }
    }
}
