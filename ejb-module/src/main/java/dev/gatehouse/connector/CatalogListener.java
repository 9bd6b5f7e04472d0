package dev.gatehouse.connector;

/**
 * Told when what a backend contributes to the aggregate changes: its catalog was refreshed
 * (after a list_changed notification or a reconnect), or it entered or left the ready state;
 * and, for listeners that care, when the backend says one of its resources changed.
 */
@FunctionalInterface
public interface CatalogListener {
    void catalogChanged(String backend, java.util.Set<CatalogKind> kinds);

    /** The backend sent {@code notifications/resources/updated} for {@code uri} (its own URI). */
    default void resourceUpdated(String backend, String uri) {
    }
}
