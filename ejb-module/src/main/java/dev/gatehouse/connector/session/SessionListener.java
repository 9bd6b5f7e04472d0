package dev.gatehouse.connector.session;

import dev.gatehouse.connector.CatalogKind;
import java.util.Set;

/** What a {@link ClientSession} tells its owner. Called from session threads; must not block long. */
public interface SessionListener {
    /** The catalog was refreshed after a list_changed notification. */
    void catalogChanged(Set<CatalogKind> kinds);

    /** A refresh after list_changed failed; the previous catalog is kept. {@code reason} is redacted. */
    void catalogRefreshFailed(String reason);

    /** The server sent {@code notifications/resources/updated} for one of its resources. */
    void resourceUpdated(String uri);

    /** The connection is gone (process exit, broken stream, expired session). {@code reason} is redacted. */
    void closed(String reason);
}
