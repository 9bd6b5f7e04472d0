package dev.gatehouse.rego.value;

/** Renders values as OPA prints terms: {@code [1, "a"]}, {@code {"k": 1}}, {@code {1, 2}}, {@code set()}. */
final class Printer {
    private Printer() {
    }

    static String print(Value v) {
        StringBuilder sb = new StringBuilder();
        print(sb, v);
        return sb.toString();
    }

    static void print(StringBuilder sb, Value v) {
        switch (v) {
            case StringValue s -> Json.quoteGo(sb, s.value());
            case ArrayValue a -> {
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    print(sb, a.get(i));
                }
                sb.append(']');
            }
            case ObjectValue o -> {
                sb.append('{');
                boolean first = true;
                for (Value k : o.sortedKeys()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    print(sb, k);
                    sb.append(": ");
                    print(sb, o.get(k));
                }
                sb.append('}');
            }
            case SetValue s -> {
                if (s.size() == 0) {
                    sb.append("set()");
                    return;
                }
                sb.append('{');
                boolean first = true;
                for (Value e : s.sorted()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    print(sb, e);
                }
                sb.append('}');
            }
            default -> sb.append(v.toString());
        }
    }
}
