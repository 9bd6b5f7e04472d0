package dev.gatehouse.rego.builtin;

import dev.gatehouse.rego.value.ArrayValue;
import dev.gatehouse.rego.value.ObjectValue;
import dev.gatehouse.rego.value.SetValue;
import dev.gatehouse.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code walk} (a relation yielding {@code [path, value]} pairs) and {@code graph.reachable*}. */
final class GraphBuiltins {
    private GraphBuiltins() {
    }

    static void register(Builtins.Builder b) {
        b.relation("walk", (a, c, sink) -> walk(a.get(0), new ArrayList<>(), sink, c));
        b.function("graph.reachable", (a, c) -> {
            ObjectValue g = graph("graph.reachable", a.get(0));
            List<Value> init = nodes("graph.reachable", a, 1);
            LinkedHashSet<Value> reached = new LinkedHashSet<>();
            ArrayDeque<Value> queue = new ArrayDeque<>(init);
            while (!queue.isEmpty()) {
                Value n = queue.poll();
                if (reached.contains(n)) {
                    continue;
                }
                Value edges = g.get(n);
                if (edges == null) {
                    continue;
                }
                reached.add(n);
                List<Value> next = Args.collection(edges);
                if (next != null) {
                    queue.addAll(next);
                }
            }
            return SetValue.wrap(reached);
        });
        b.function("graph.reachable_paths", (a, c) -> {
            ObjectValue g = graph("graph.reachable_paths", a.get(0));
            LinkedHashSet<Value> out = new LinkedHashSet<>();
            for (Value root : nodes("graph.reachable_paths", a, 1)) {
                paths(g, root, new ArrayList<>(), out, c);
            }
            return SetValue.wrap(out);
        });
    }

    private static boolean walk(Value v, List<Value> path, Relation.Sink sink, BuiltinContext c)
            throws BuiltinException {
        c.checkCancelled();
        if (!sink.accept(ArrayValue.of(new Value[] {ArrayValue.copyOf(path), v}))) {
            return false;
        }
        switch (v) {
            case ArrayValue arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    path.add(dev.gatehouse.rego.value.NumberValue.of(i));
                    boolean go = walk(arr.get(i), path, sink, c);
                    path.removeLast();
                    if (!go) {
                        return false;
                    }
                }
            }
            case ObjectValue o -> {
                for (Value k : o.sortedKeys()) {
                    path.add(k);
                    boolean go = walk(o.get(k), path, sink, c);
                    path.removeLast();
                    if (!go) {
                        return false;
                    }
                }
            }
            case SetValue s -> {
                for (Value e : s.sorted()) {
                    path.add(e);
                    boolean go = walk(e, path, sink, c);
                    path.removeLast();
                    if (!go) {
                        return false;
                    }
                }
            }
            default -> {
            }
        }
        return true;
    }

    private static ObjectValue graph(String fn, Value v) throws BuiltinException {
        if (!(v instanceof ObjectValue o)) {
            throw BuiltinException.typeError(fn + ": operand 1 must be object[any: any<array[any], set[any]>] but got "
                    + v.typeName());
        }
        for (Value e : o.asMap().values()) {
            if (Args.collection(e) == null && !(e instanceof dev.gatehouse.rego.value.NullValue)) {
                throw BuiltinException.typeError(fn + ": operand 1 must be object[any: any<array[any], set[any]>] "
                        + "but got object containing " + e.typeName());
            }
        }
        return o;
    }

    private static List<Value> nodes(String fn, List<Value> a, int i) throws BuiltinException {
        List<Value> xs = Args.collection(a.get(i));
        if (xs == null) {
            throw Args.typeError(fn, i, a.get(i), "set", "array");
        }
        return xs;
    }

    private static void paths(ObjectValue g, Value node, List<Value> path, Set<Value> out, BuiltinContext c)
            throws BuiltinException {
        c.checkCancelled();
        Value edges = g.get(node);
        if (edges == null) {
            if (!path.isEmpty()) {
                out.add(ArrayValue.copyOf(path));
            }
            return;
        }
        List<Value> next = new ArrayList<>(path);
        next.add(node);
        List<Value> ns = Args.collection(edges);
        if (ns == null || ns.isEmpty()) {
            out.add(ArrayValue.copyOf(next));
            return;
        }
        for (Value n : ns) {
            if (next.contains(n)) {
                out.add(ArrayValue.copyOf(next));
            } else {
                paths(g, n, next, out, c);
            }
        }
    }
}
