package dev.gatehouse.rego.eval;

import dev.gatehouse.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;

/** Variable bindings of one rule or query evaluation, with an undo trail for backtracking. Not thread-safe. */
final class Bindings {
    private HashMap<String, Value> map;
    private ArrayList<String> trail;

    Value get(String name) {
        return map == null ? null : map.get(name);
    }

    void bind(String name, Value v) {
        if (map == null) {
            map = new HashMap<>();
            trail = new ArrayList<>();
        }
        map.put(name, v);
        trail.add(name);
    }

    int mark() {
        return trail == null ? 0 : trail.size();
    }

    void undo(int mark) {
        if (trail == null) {
            return;
        }
        for (int i = trail.size() - 1; i >= mark; i--) {
            map.remove(trail.remove(i));
        }
    }
}
