package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;

/** Variable bindings of one rule or query evaluation, with an undo trail for backtracking. Not thread-safe. */
final class Bindings {
    private final HashMap<String, Value> map = new HashMap<>();
    private final ArrayList<String> trail = new ArrayList<>();

    Value get(String name) {
        return map.get(name);
    }

    void bind(String name, Value v) {
        map.put(name, v);
        trail.add(name);
    }

    int mark() {
        return trail.size();
    }

    void undo(int mark) {
        for (int i = trail.size() - 1; i >= mark; i--) {
            map.remove(trail.remove(i));
        }
    }
}
