package dev.gatehouse.rego.builtin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * OPA's static types ({@code types} package) as a closed set. {@code toString()} renders a type as
 * OPA does in {@code rego_type_error} messages (e.g. {@code array[any]}, {@code object[string: any]},
 * {@code any<number, string>}).
 */
public sealed interface Type {
    /** {@code any}, or {@code any<a, b>} when {@code of} is non-empty (a union). */
    record Any(List<Type> of) implements Type {
        /** Defensive copy. */
        public Any {
            of = List.copyOf(of);
        }

        @Override
        public String toString() {
            return of.isEmpty() ? "any" : "any<" + join(of) + ">";
        }
    }

    /** {@code null}. */
    record Null() implements Type {
        @Override
        public String toString() {
            return "null";
        }
    }

    /** {@code boolean}. */
    record Boolean() implements Type {
        @Override
        public String toString() {
            return "boolean";
        }
    }

    /** {@code number}. */
    record Number() implements Type {
        @Override
        public String toString() {
            return "number";
        }
    }

    /** {@code string}. */
    record Str() implements Type {
        @Override
        public String toString() {
            return "string";
        }
    }

    /** An array with fixed-position element types and/or a dynamic element type (either may be absent). */
    record Array(List<Type> statics, Type dynamic) implements Type {
        /** Defensive copy. */
        public Array {
            statics = List.copyOf(statics);
        }

        @Override
        public String toString() {
            String s = "array";
            if (!statics.isEmpty()) {
                s += "<" + join(statics) + ">";
            }
            if (dynamic != null) {
                s += "[" + dynamic + "]";
            }
            return s;
        }
    }

    /** A set of elements of type {@code of}. */
    record Set(Type of) implements Type {
        @Override
        public String toString() {
            return "set[" + of + "]";
        }
    }

    /** One static object property. */
    record Property(java.lang.Object key, Type value) {
        @Override
        public String toString() {
            return key + ": " + value;
        }
    }

    /** An object with static properties and/or dynamic key/value types ({@code dynKey == null} if none). */
    record Object(List<Property> statics, Type dynKey, Type dynValue) implements Type {
        /** Defensive copy. */
        public Object {
            statics = List.copyOf(statics);
        }

        @Override
        public String toString() {
            String s = "object";
            if (!statics.isEmpty()) {
                s += "<" + statics.stream().map(Property::toString).collect(Collectors.joining(", ")) + ">";
            }
            if (dynKey != null) {
                s += "[" + dynKey + ": " + dynValue + "]";
            }
            return s;
        }
    }

    /** A function type; {@code variadic} is null unless the last argument repeats. */
    record Function(List<Type> args, Type variadic, Type result) implements Type {
        /** Defensive copy. */
        public Function {
            args = List.copyOf(args);
        }

        @Override
        public String toString() {
            String a = join(args);
            if (variadic != null) {
                a = (a.isEmpty() ? "" : a + ", ") + variadic + "...";
            }
            return "(" + a + ")" + (result == null ? "" : " => " + result);
        }
    }

    /** {@code any}. */
    Type ANY = new Any(List.of());
    /** {@code null}. */
    Type NULL = new Null();
    /** {@code boolean}. */
    Type BOOLEAN = new Boolean();
    /** {@code number}. */
    Type NUMBER = new Number();
    /** {@code string}. */
    Type STRING = new Str();

    private static String join(List<?> ts) {
        return ts.stream().map(java.lang.Object::toString).collect(Collectors.joining(", "));
    }
}
