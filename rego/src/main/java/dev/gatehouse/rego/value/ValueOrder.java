package dev.gatehouse.rego.value;

/** OPA's total order over values ({@code ast.Compare}). */
final class ValueOrder {
    private ValueOrder() {
    }

    static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
        }
        int ra = a.typeRank();
        int rb = b.typeRank();
        if (ra != rb) {
            return ra < rb ? -1 : 1;
        }
        return switch (a) {
            case NullValue n -> 0;
            case BooleanValue x -> Boolean.compare(x.value(), ((BooleanValue) b).value());
            case NumberValue x -> x.compareNumber((NumberValue) b);
            case StringValue x -> Integer.signum(StringValue.compareStrings(x.value(), ((StringValue) b).value()));
            case ArrayValue x -> {
                ArrayValue y = (ArrayValue) b;
                int n = Math.min(x.size(), y.size());
                for (int i = 0; i < n; i++) {
                    int c = compare(x.get(i), y.get(i));
                    if (c != 0) {
                        yield c;
                    }
                }
                yield Integer.compare(x.size(), y.size());
            }
            case ObjectValue x -> {
                ObjectValue y = (ObjectValue) b;
                Value[] ka = x.sortedKeys();
                Value[] kb = y.sortedKeys();
                int n = Math.min(ka.length, kb.length);
                for (int i = 0; i < n; i++) {
                    int c = compare(ka[i], kb[i]);
                    if (c != 0) {
                        yield c;
                    }
                    c = compare(x.get(ka[i]), y.get(kb[i]));
                    if (c != 0) {
                        yield c;
                    }
                }
                yield Integer.compare(ka.length, kb.length);
            }
            case SetValue x -> {
                Value[] ea = x.sorted();
                Value[] eb = ((SetValue) b).sorted();
                int n = Math.min(ea.length, eb.length);
                for (int i = 0; i < n; i++) {
                    int c = compare(ea[i], eb[i]);
                    if (c != 0) {
                        yield c;
                    }
                }
                yield Integer.compare(ea.length, eb.length);
            }
        };
    }
}
