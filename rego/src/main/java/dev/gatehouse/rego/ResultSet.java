package dev.gatehouse.rego;

import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.List;
import java.util.Map;

/**
 * The solutions of a query: one row per solution mapping each query variable to its value (empty when the query
 * is undefined), plus the trace when requested.
 *
 * @param rows  solutions, variable name to value
 * @param trace evaluated literals when tracing was on, else empty
 */
public record ResultSet(List<Map<String, Value>> rows, List<String> trace) {
    /** Whether the query had at least one solution. */
    public boolean defined() {
        return !rows.isEmpty();
    }

    /** The value of {@code var} in the first solution, or null. */
    public Value first(String var) {
        return rows.isEmpty() ? null : rows.get(0).get(var);
    }

    /** Rows as JSON: {@code [{"x":...}, ...]} with sorted keys. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> e : new java.util.TreeMap<>(rows.get(i)).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(Values.toJson(Value.of(e.getKey()))).append(':').append(Values.toJson(e.getValue()));
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }
}
