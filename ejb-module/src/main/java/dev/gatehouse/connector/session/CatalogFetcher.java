package dev.gatehouse.connector.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.connector.Catalog;
import dev.gatehouse.connector.CatalogKind;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.McpException;
import dev.gatehouse.protocol.McpJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;

/**
 * Fetches catalog lists completely, following {@code nextCursor} until the backend stops
 * returning one. Only lists whose capability the backend declared are asked for; a backend
 * that declares resources but has no {@code resources/templates/list} simply has no templates.
 */
final class CatalogFetcher {
    private static final int MAX_PAGES = 10_000;

    private final BiFunction<String, ObjectNode, CompletableFuture<JsonNode>> requests;

    CatalogFetcher(BiFunction<String, ObjectNode, CompletableFuture<JsonNode>> requests) {
        this.requests = requests;
    }

    /** {@code base} with the lists in {@code kinds} fetched anew. Blocks; call it off the reader threads. */
    Catalog fetch(Catalog base, Set<CatalogKind> kinds, Negotiated negotiated) throws InterruptedException {
        Map<CatalogKind, List<ObjectNode>> lists = new EnumMap<>(CatalogKind.class);
        for (CatalogKind kind : CatalogKind.values()) {
            lists.put(kind, !kinds.contains(kind) ? base.entries(kind)
                    : negotiated.offers(kind) ? list(kind) : List.of());
        }
        return new Catalog(lists.get(CatalogKind.TOOLS), lists.get(CatalogKind.RESOURCES),
                lists.get(CatalogKind.RESOURCE_TEMPLATES), lists.get(CatalogKind.PROMPTS));
    }

    private List<ObjectNode> list(CatalogKind kind) throws InterruptedException {
        List<ObjectNode> entries = new ArrayList<>();
        Set<String> seenCursors = new HashSet<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ObjectNode params = cursor == null ? null : McpJson.object().put("cursor", cursor);
            JsonNode result;
            try {
                result = requests.apply(kind.listMethod(), params).get();
            } catch (ExecutionException e) {
                if (kind == CatalogKind.RESOURCE_TEMPLATES && BackendFailures.unwrap(e) instanceof McpException m
                        && m.error().code() == JsonRpcError.METHOD_NOT_FOUND) {
                    return List.of();
                }
                throw new McpException(JsonRpcError.INTERNAL_ERROR, kind.listMethod() + " failed: " + BackendFailures.reason(e));
            }
            result.path(kind.resultField()).forEach(entry -> {
                if (entry instanceof ObjectNode object) {
                    entries.add(object);
                }
            });
            JsonNode next = result.get("nextCursor");
            if (next == null || !next.isTextual() || next.asText().isEmpty()) {
                return entries;
            }
            cursor = next.asText();
            if (!seenCursors.add(cursor)) {
                throw new McpException(JsonRpcError.INTERNAL_ERROR, kind.listMethod() + " repeated the cursor '" + cursor + "'");
            }
        }
        throw new McpException(JsonRpcError.INTERNAL_ERROR, kind.listMethod() + " returned more than " + MAX_PAGES + " pages");
    }
}
