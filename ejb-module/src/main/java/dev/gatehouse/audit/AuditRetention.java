package dev.gatehouse.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes audit records older than the retention period, in bounded batches (each its own
 * short transaction, so the writer is never blocked for long), at most {@code maxBatches} per
 * run. A zero retention keeps everything.
 */
public final class AuditRetention implements Runnable {
    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    private final AuditStore store;
    private final Duration retention;
    private final Clock clock;
    private final int batchSize;
    private final int maxBatches;

    public AuditRetention(AuditStore store, Duration retention, Clock clock, int batchSize, int maxBatches) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxBatches = maxBatches;
    }

    /** Prunes once; returns how many records were deleted. */
    public long prune() {
        if (retention.isZero()) {
            return 0;
        }
        var cutoff = clock.instant().minus(retention);
        long deleted = 0;
        for (int i = 0; i < maxBatches; i++) {
            int n = store.deleteOlderThan(cutoff, batchSize);
            deleted += n;
            if (n < batchSize) {
                break;
            }
        }
        if (deleted > 0) {
            LOG.log(Level.INFO, "Audit retention deleted {0} record(s) older than {1}", new Object[] {deleted, cutoff});
        }
        return deleted;
    }

    @Override
    public void run() {
        try {
            prune();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit retention could not run: {0}", e.getMessage());
        }
    }
}
