package dev.gatehouse.gateway.catalog;

import dev.gatehouse.connector.BackendDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The current {@link AggregateView} and the few before it. Reads are a volatile read;
 * {@link #rebuild()} is called when a backend's catalog or state changes, never per call.
 * Recent snapshots are kept so that an agent paging through a list while it changes still
 * gets consistent pages; an older cursor is rejected as expired.
 */
public final class LiveAggregate {
    private static final Logger LOG = Logger.getLogger(LiveAggregate.class.getName());
    private static final int KEPT_SNAPSHOTS = 8;

    private final BackendDirectory directory;
    private final CatalogAggregator aggregator;
    private final Map<Long, AggregateView> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, AggregateView> eldest) {
            return size() > KEPT_SNAPSHOTS;
        }
    };
    private volatile AggregateView current = AggregateView.empty(0);
    private long generation;

    public LiveAggregate(BackendDirectory directory, CatalogAggregator aggregator) {
        this.directory = directory;
        this.aggregator = aggregator;
    }

    public AggregateView current() {
        return current;
    }

    public NamingMode naming() {
        return aggregator.naming();
    }

    /** The snapshot a cursor refers to, if still kept. */
    public synchronized Optional<AggregateView> snapshot(long generationOfCursor) {
        return Optional.ofNullable(recent.get(generationOfCursor));
    }

    /** Re-aggregates the directory's backends and makes the result current. */
    public synchronized AggregateView rebuild() {
        AggregateView view = aggregator.aggregate(directory.links(), ++generation);
        recent.put(view.generation(), view);
        current = view;
        LOG.log(Level.FINE, "aggregate generation {0}: {1} ready backends", new Object[]{view.generation(),
                view.backends().size()});
        return view;
    }
}
