package dev.gatehouse.gateway.catalog;

import dev.gatehouse.connector.CatalogKind;
import java.util.Objects;

/**
 * Where the next page of an aggregated list starts: which list, in which snapshot, at which
 * position. Agents only ever see it encoded by {@link CursorCodec}.
 *
 * @param kind       the list it belongs to
 * @param generation the {@link AggregateView#generation()} the list was served from
 * @param offset     the index of the first entry of the next page
 */
public record PageCursor(CatalogKind kind, long generation, int offset) {
    public PageCursor {
        Objects.requireNonNull(kind, "kind is required");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }
}
