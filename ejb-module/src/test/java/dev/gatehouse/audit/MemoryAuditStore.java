package dev.gatehouse.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A fake store: keeps batches in memory, can be made slow, to fail, or to hold a commit until released. */
final class MemoryAuditStore implements AuditStore {
    final List<List<AuditRecord>> batches = new CopyOnWriteArrayList<>();
    volatile boolean down;
    /** Each insert takes at least this long: a store the writer can fall behind. */
    volatile long insertMillis;
    private volatile CountDownLatch gate;
    final CountDownLatch entered = new CountDownLatch(1);

    /** Makes the next inserts wait until {@link #open()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    List<AuditRecord> records() {
        return batches.stream().flatMap(List::stream).toList();
    }

    @Override
    public void insert(List<AuditRecord> records) {
        entered.countDown();
        if (insertMillis > 0) {
            try {
                Thread.sleep(insertMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        CountDownLatch g = gate;
        if (g != null) {
            try {
                g.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (down) {
            throw new AuditStoreException("database down", null);
        }
        batches.add(List.copyOf(records));
    }

    @Override
    public AuditPage query(AuditQuery query) {
        List<AuditRecord> all = new ArrayList<>(records());
        all.sort(Comparator.comparing(AuditRecord::id).reversed());
        return new AuditPage(all.subList(0, Math.min(query.limit(), all.size())), null);
    }

    @Override
    public List<AuditMinuteCount> countByMinute(Instant since) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AuditRecord> find(String id) {
        return records().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public int deleteOlderThan(Instant cutoff, int limit) {
        throw new UnsupportedOperationException();
    }
}
