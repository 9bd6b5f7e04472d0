package dev.gatehouse.connector;

/**
 * Told when what a backend contributes to the aggregate changes: its catalog was refreshed
 * (after a list_changed notification or a reconnect), or it entered or left the ready state.
 */
@FunctionalInterface
public interface CatalogListener {
    void catalogChanged(String backend, java.util.Set<CatalogKind> kinds);
}
