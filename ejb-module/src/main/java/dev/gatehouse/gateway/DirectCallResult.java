package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The outcome of a direct tool call.
 *
 * @param backend    the backend that ran it
 * @param tool       the tool's name in that backend
 * @param result     the {@code tools/call} result exactly as the backend returned it (content, structuredContent, isError)
 * @param durationMs wall time of the call in milliseconds
 */
public record DirectCallResult(String backend, String tool, JsonNode result, long durationMs) {
    public DirectCallResult {
        Objects.requireNonNull(result, "result is required");
    }
}
