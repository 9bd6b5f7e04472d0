package dev.gatehouse.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for the audit log. {@link #record} only offers the event to a bounded queue; one
 * writer thread takes whatever has queued up (at most {@code batchSize}) and writes it to the
 * store in one transaction, so under load each commit carries many events and the call path
 * never touches the database. In batched mode the writer, having taken the first event of a
 * batch, lingers ({@link #BATCHED_LINGER}) before it collects the rest, unless a batch's worth
 * is queued already: each commit then carries what arrived meanwhile instead of one or two
 * events (a record in a batch of one costs the database several times what it costs in a batch
 * of 64), and the queue wakes the writer once per batch rather than once per event.
 *
 * <p>Backpressure (batched mode): while the writer keeps committing but falls behind, with more
 * than {@code paceBacklog} events queued (four batches, at most half the capacity), a new call
 * waits until the writer has taken its next batch. The gateway then runs at the pace its audit
 * log is written at, instead of growing a backlog that ends in refused calls (on two shared
 * cores the request threads outran the single writer by about 1,000 events per second). A store
 * that is down, or a writer that has taken no batch for {@link #PACE_STALL} (a commit that
 * hangs), holds no call: the backlog absorbs calls up to the capacity, as during an outage.
 *
 * <p>In {@code batched} mode the returned future is already complete. In {@code strict} mode it
 * completes once the batch holding the event has committed, and exceptionally when that batch
 * fails (the store is down). A failed batch in batched mode is kept and retried with backoff
 * (a WARNING once per outage, INFO on recovery); meanwhile new events queue up to the
 * capacity. A full queue refuses the event in both modes: the future fails with
 * {@link AuditUnavailableException} so the call fails closed rather than go unrecorded.
 * {@link #close} writes everything still queued before returning.
 */
public final class AuditWriter implements AuditSink {
    private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());
    private static final CompletableFuture<Void> ACCEPTED = CompletableFuture.completedFuture(null);
    private static final long BACKOFF_INITIAL_MS = 50;
    /** How long the writer waits for more events before a batched-mode commit; nobody waits on it. */
    static final Duration BATCHED_LINGER = Duration.ofMillis(10);
    /** How long a paced call waits for the writer to take a batch before it counts the writer as stalled. */
    static final Duration PACE_STALL = Duration.ofSeconds(1);

    private final AuditStore store;
    private final boolean strict;
    private final int batchSize;
    private final long backoffMaxMs;
    private final long lingerNanos;
    private final long stallNanos;
    private final int paceBacklog;
    /** Paced calls wait on this until the writer takes a batch. */
    private final Object pace = new Object();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong paced = new AtomicLong();
    private volatile boolean stalled;
    private final BlockingQueue<Pending> queue;
    /** A batch the writer thread held when it ended (interrupted, or stopping during an outage). */
    private final java.util.concurrent.ConcurrentLinkedQueue<Pending> unfinished = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean full = new AtomicBoolean();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private volatile boolean outage;
    private volatile boolean closed;
    private Thread writer;

    /** One queued event and, in strict mode, the future the caller waits on. */
    private record Pending(AuditRecord record, CompletableFuture<Void> durable) {
    }

    /** How the writer is doing, for health checks and tests. */
    public record Stats(long written, long batches, long refused, int backlog, boolean outage, long paced) {
    }

    public AuditWriter(AuditStore store, AuditSettings settings) {
        this(store, settings, settings.durability() == AuditSettings.Durability.STRICT ? Duration.ZERO : BATCHED_LINGER,
                PACE_STALL);
    }

    /** With another linger (strict mode's callers wait for the commit, so it gets none by default) and stall limit. */
    AuditWriter(AuditStore store, AuditSettings settings, Duration linger, Duration stall) {
        this.store = store;
        this.lingerNanos = linger.toNanos();
        this.stallNanos = stall.toNanos();
        this.paceBacklog = Math.max(1, Math.min(4 * settings.batchSize(), settings.queueCapacity() / 2));
        this.strict = settings.durability() == AuditSettings.Durability.STRICT;
        this.batchSize = settings.batchSize();
        this.backoffMaxMs = strict ? 1_000 : 5_000;
        this.queue = new LinkedBlockingQueue<>(settings.queueCapacity());
    }

    /** Starts the writer thread. */
    public void start(ThreadFactory threads) {
        writer = threads.newThread(this::run);
        writer.setName("gatehouse-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public CompletableFuture<Void> record(AuditEvent event) {
        if (closed) {
            return CompletableFuture.failedFuture(new AuditUnavailableException("the audit recorder has stopped"));
        }
        if (!strict && queue.size() >= paceBacklog) {
            awaitWriter();
        }
        CompletableFuture<Void> durable = strict ? new CompletableFuture<>() : ACCEPTED;
        Pending pending = new Pending(new AuditRecord(AuditIds.next(event.time()), event), durable);
        if (!queue.offer(pending)) {
            refused.incrementAndGet();
            if (full.compareAndSet(false, true)) {
                LOG.log(Level.SEVERE, "The audit backlog is full ({0} events): calls are refused until it drains",
                        queue.size());
            }
            return CompletableFuture.failedFuture(new AuditUnavailableException(
                    "the audit backlog is full; the call is refused so that it does not go unrecorded"));
        }
        if (closed && queue.remove(pending)) {
            // close() began after the check above and will not drain this one
            return CompletableFuture.failedFuture(new AuditUnavailableException("the audit recorder has stopped"));
        }
        return durable;
    }

    public Stats stats() {
        return new Stats(written.get(), batches.get(), refused.get(), queue.size(), outage, paced.get());
    }

    /** Backpressure: waits until the writer has brought the backlog under the pace, unless it is down or stalled. */
    private void awaitWriter() {
        if (outage || stalled || closed) {
            return;
        }
        paced.incrementAndGet();
        waiting.incrementAndGet(); // before the check below, so the writer's wake-up cannot be missed
        try {
            long deadline = System.nanoTime() + stallNanos;
            synchronized (pace) {
                while (queue.size() >= paceBacklog && !outage && !stalled && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        stalled = true; // until the writer takes a batch again
                        return;
                    }
                    TimeUnit.NANOSECONDS.timedWait(pace, left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Lets paced calls re-check: the writer took a batch, went into an outage or is closing. */
    private void wakePaced() {
        if (waiting.get() > 0) {
            synchronized (pace) {
                pace.notifyAll();
            }
        }
    }

    /**
     * Stops taking events and writes what is queued, waiting at most {@code timeout} for the
     * writer; what still cannot be written (the store is down) is counted in a SEVERE log line.
     */
    public void close(Duration timeout) {
        closed = true;
        stopping.set(true);
        wakePaced();
        if (writer != null) {
            LockSupport.unpark(writer); // ends a linger
            try {
                writer.join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (writer.isAlive()) {
                writer.interrupt();
            }
        }
        List<Pending> rest = new ArrayList<>(unfinished);
        unfinished.clear();
        queue.drainTo(rest);
        if (!rest.isEmpty() && !write(rest)) {
            LOG.log(Level.SEVERE, "{0} audit record(s) could not be written before shutdown", rest.size());
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        try {
            writeUntilStopped(batch);
        } finally {
            unfinished.addAll(batch);
        }
    }

    private void writeUntilStopped(List<Pending> batch) {
        long backoff = BACKOFF_INITIAL_MS;
        while (true) {
            if (batch.isEmpty()) {
                try {
                    Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (stopping.get()) {
                            return;
                        }
                        continue;
                    }
                    batch.add(first);
                } catch (InterruptedException e) {
                    return;
                }
                if (queue.size() < batchSize - 1) {
                    linger(); // with a batch's worth already queued, there is nothing to wait for
                }
                queue.drainTo(batch, batchSize - 1);
                stalled = false;
                wakePaced();
            }
            if (write(batch)) {
                batch.clear();
                backoff = BACKOFF_INITIAL_MS;
                continue;
            }
            if (strict) {
                batch.clear(); // its callers already got their failure
            }
            if (stopping.get()) {
                return; // close() makes the last attempt and reports what is lost
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, backoffMaxMs);
        }
    }

    /** Sleeps out the linger, unless the writer is stopping; close() unparks it. */
    private void linger() {
        long deadline = System.nanoTime() + lingerNanos;
        for (long left = lingerNanos; left > 0 && !stopping.get() && !Thread.currentThread().isInterrupted();
                left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }

    /** Writes one batch; completes or fails its strict futures; reports whether it was stored. */
    private boolean write(List<Pending> batch) {
        try {
            store.insert(batch.stream().map(Pending::record).toList());
        } catch (RuntimeException e) {
            if (!outage) {
                outage = true;
                wakePaced();
                LOG.log(Level.WARNING, "The audit store is unavailable ({0}); {1}", new Object[] {e.getMessage(),
                        strict ? "calls fail closed until it is back" : "keeping the backlog and retrying"});
            }
            if (strict) {
                AuditUnavailableException failure = new AuditUnavailableException(
                        "the audit record could not be stored; the call fails closed", e);
                batch.forEach(p -> p.durable().completeExceptionally(failure));
            }
            return false;
        }
        written.addAndGet(batch.size());
        batches.incrementAndGet();
        if (strict) {
            batch.forEach(p -> p.durable().complete(null));
        }
        if (outage) {
            outage = false;
            LOG.log(Level.INFO, "The audit store is available again; backlog {0} event(s)", queue.size());
        }
        if (full.get() && queue.size() < queue.remainingCapacity()) {
            full.set(false);
            LOG.info("The audit backlog has room again; calls are accepted");
        }
        return true;
    }
}
