package dev.gatehouse.connector.session;

import dev.gatehouse.connector.Catalog;
import dev.gatehouse.connector.CatalogKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catalog of one session: loaded completely after the handshake, then refreshed list by
 * list when the backend says a list changed. Fetches are serialised (a refresh never races
 * the initial load) and bursts of list_changed notifications coalesce into few fetches.
 */
final class SessionCatalog {
    private static final Logger LOG = Logger.getLogger(SessionCatalog.class.getName());

    private final String backend;
    private final CatalogFetcher fetcher;
    private final ThreadFactory threads;
    private final SessionListener listener;
    private final BooleanSupplier ended;
    private final Object fetchLock = new Object();
    private final Set<CatalogKind> stale = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Negotiated negotiated;
    private volatile Catalog current = Catalog.EMPTY;

    SessionCatalog(String backend, CatalogFetcher fetcher, ThreadFactory threads, SessionListener listener, BooleanSupplier ended) {
        this.backend = backend;
        this.fetcher = fetcher;
        this.threads = threads;
        this.listener = listener;
        this.ended = ended;
    }

    Catalog current() {
        return current;
    }

    /** Fetches every list the backend declared. Blocks. */
    Catalog load(Negotiated agreed) throws InterruptedException {
        negotiated = agreed;
        synchronized (fetchLock) {
            current = fetcher.fetch(Catalog.EMPTY, EnumSet.allOf(CatalogKind.class), agreed);
        }
        return current;
    }

    /** Marks lists stale and makes sure one refresher runs. Never blocks. */
    void markStale(Set<CatalogKind> kinds) {
        if (negotiated == null || ended.getAsBoolean()) {
            return;
        }
        stale.addAll(kinds);
        if (refreshing.compareAndSet(false, true)) {
            threads.newThread(this::refreshStale).start();
        }
    }

    private void refreshStale() {
        while (!ended.getAsBoolean()) {
            Set<CatalogKind> kinds = EnumSet.noneOf(CatalogKind.class);
            for (CatalogKind kind : CatalogKind.values()) {
                if (stale.remove(kind)) {
                    kinds.add(kind);
                }
            }
            if (kinds.isEmpty()) {
                refreshing.set(false);
                if (stale.isEmpty() || !refreshing.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                synchronized (fetchLock) {
                    current = fetcher.fetch(current, kinds, negotiated);
                }
                LOG.log(Level.INFO, "[{0}] catalog refreshed: {1}", new Object[] {backend, kinds});
                listener.catalogChanged(kinds);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (!ended.getAsBoolean()) {
                    listener.catalogRefreshFailed(BackendFailures.reason(e));
                }
            }
        }
        refreshing.set(false);
    }
}
