package dev.gatehouse.rego.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One case of OPA's YAML conformance suite (see the suite's README for the schema).
 *
 * @param file  case file path relative to the suite root
 * @param index position in the file
 * @param node  the raw case
 */
public record ConformanceCase(String file, int index, JsonNode node) {
    /** The note. */
    public String note() {
        return node.path("note").asText();
    }

    /** Stable key: {@code file#index}. */
    public String key() {
        return file + "#" + index;
    }

    /** Module sources. */
    public List<String> modules() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        node.path("modules").forEach(m -> out.add(m.asText()));
        return out;
    }

    /** The query. */
    public String query() {
        return node.path("query").asText();
    }
}
