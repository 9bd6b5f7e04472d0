package dev.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditWriterTest {
    /** A short stall limit, so tests that hold the store shut lose little time to one paced call. */
    private static final Duration STALL = Duration.ofMillis(200);
    private final MemoryAuditStore store = new MemoryAuditStore();
    private AuditWriter writer;

    private AuditWriter start(AuditSettings.Durability durability, int capacity, int batchSize) {
        return start(durability, capacity, batchSize, STALL);
    }

    private AuditWriter start(AuditSettings.Durability durability, int capacity, int batchSize, Duration stall) {
        writer = new AuditWriter(store, new AuditSettings(durability, capacity, batchSize, 2048, Duration.ZERO),
                durability == AuditSettings.Durability.STRICT ? Duration.ZERO : AuditWriter.BATCHED_LINGER, stall);
        writer.start(Thread.ofPlatform().factory());
        return writer;
    }

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close(Duration.ofSeconds(5));
        }
    }

    static AuditEvent event(String message) {
        return new AuditEvent(Instant.now(), "bot", "alice", "everything", "echo", "tools/call", "allow", List.of(),
                "{\"message\":\"" + message + "\"}", 3, "2025-11-25", "s-1", List.of(), null);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void batchedModeCompletesAtOnceAndWritesInTheBackground() throws Exception {
        start(AuditSettings.Durability.BATCHED, 100, 10);
        store.hold();

        CompletableFuture<Void> accepted = writer.record(event("m1"));

        assertThat(accepted).isCompleted();
        assertThat(store.records()).isEmpty();
        store.open();
        await(() -> store.records().size() == 1);
        assertThat(store.records().getFirst().event().argumentsPreview()).contains("m1");
    }

    @Test
    void eventsQueuedDuringACommitShareTheNextBatch() throws Exception {
        start(AuditSettings.Durability.BATCHED, 1000, 500);
        store.hold();
        writer.record(event("first"));
        store.entered.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 120; i++) {
            writer.record(event("e" + i));
        }

        store.open();

        await(() -> store.records().size() == 121);
        assertThat(store.batches).hasSize(2);
        assertThat(store.batches.get(1)).hasSize(120);
    }

    @Test
    void batchedModeLingersSoEventsArrivingTogetherShareOneCommit() {
        writer = new AuditWriter(store, new AuditSettings(AuditSettings.Durability.BATCHED, 1000, 500, 2048,
                Duration.ZERO), Duration.ofMinutes(10), STALL);
        writer.start(Thread.ofPlatform().factory());
        for (int i = 0; i < 10; i++) {
            writer.record(event("e" + i));
        }

        assertThat(store.batches).as("nothing is written while the writer lingers").isEmpty();
        writer.close(Duration.ofSeconds(5));

        assertThat(store.batches).hasSize(1);
        assertThat(store.batches.getFirst()).hasSize(10);
        assertThat(writer.stats().batches()).isEqualTo(1);
    }

    @Test
    void batchesNeverExceedTheBatchSize() throws Exception {
        start(AuditSettings.Durability.BATCHED, 1000, 25);
        store.hold();
        writer.record(event("first"));
        store.entered.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 100; i++) {
            writer.record(event("e" + i));
        }
        store.open();

        await(() -> store.records().size() == 101);
        assertThat(store.batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(25));
        assertThat(store.batches).hasSize(5);
    }

    @Test
    void strictModeCompletesOnlyAfterTheBatchCommitted() throws Exception {
        start(AuditSettings.Durability.STRICT, 100, 10);
        store.hold();

        CompletableFuture<Void> durable = writer.record(event("s1"));
        store.entered.await(5, TimeUnit.SECONDS);

        assertThat(durable).isNotDone();
        store.open();
        durable.get(5, TimeUnit.SECONDS);
        assertThat(store.records()).extracting(r -> r.event().argumentsPreview()).containsExactly("{\"message\":\"s1\"}");
    }

    @Test
    void strictModeFailsTheCallWhenTheStoreIsUnavailable() {
        start(AuditSettings.Durability.STRICT, 100, 10);
        store.down = true;

        CompletableFuture<Void> durable = writer.record(event("s1"));

        assertThatThrownBy(() -> durable.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(AuditUnavailableException.class);
        assertThat(store.records()).isEmpty();
    }

    @Test
    void strictModeRecoversWhenTheStoreComesBack() throws Exception {
        start(AuditSettings.Durability.STRICT, 100, 10);
        store.down = true;
        assertThatThrownBy(() -> writer.record(event("lost")).get(5, TimeUnit.SECONDS));
        store.down = false;

        writer.record(event("kept")).get(5, TimeUnit.SECONDS);

        assertThat(store.records()).extracting(r -> r.event().argumentsPreview()).containsExactly("{\"message\":\"kept\"}");
    }

    @Test
    void batchedModeKeepsTheBacklogThroughAnOutage() throws Exception {
        start(AuditSettings.Durability.BATCHED, 1000, 10);
        store.down = true;
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            futures.add(writer.record(event("o" + i)));
        }
        await(() -> writer.stats().outage());
        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());

        store.down = false;

        await(() -> store.records().size() == 35);
        assertThat(writer.stats().outage()).isFalse();
        assertThat(store.records()).extracting(r -> r.event().argumentsPreview()).doesNotHaveDuplicates();
    }

    @Test
    void aFullBacklogRefusesEventsSoCallsFailClosed() throws Exception {
        start(AuditSettings.Durability.BATCHED, 5, 1);
        store.hold();
        writer.record(event("in-flight"));
        store.entered.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            assertThat(writer.record(event("q" + i))).isCompleted();
        }

        CompletableFuture<Void> refused = writer.record(event("too-many"));

        assertThat(refused).isCompletedExceptionally();
        assertThatThrownBy(refused::get).cause().isInstanceOf(AuditUnavailableException.class)
                .hasMessageContaining("backlog is full");
        assertThat(writer.stats().refused()).isEqualTo(1);
        store.open();
        await(() -> store.records().size() == 6);
        assertThat(writer.record(event("again"))).isCompleted();
    }

    @Test
    void closeWritesEverythingStillQueued() throws Exception {
        start(AuditSettings.Durability.BATCHED, 10_000, 100);
        store.hold();
        for (int i = 0; i < 2_000; i++) {
            writer.record(event("c" + i));
        }
        store.entered.await(5, TimeUnit.SECONDS);
        store.open();

        writer.close(Duration.ofSeconds(5));

        assertThat(store.records()).hasSize(2_000);
        assertThat(writer.record(event("late"))).isCompletedExceptionally();
    }

    @Test
    void aBatchHeldByAnInterruptedWriterIsWrittenOnClose() throws Exception {
        List<Thread> threads = new ArrayList<>();
        writer = new AuditWriter(store, new AuditSettings(AuditSettings.Durability.BATCHED, 100, 10, 2048, Duration.ZERO));
        writer.start(task -> {
            Thread thread = Thread.ofPlatform().unstarted(task);
            threads.add(thread);
            return thread;
        });
        store.down = true;
        for (int i = 0; i < 3; i++) {
            writer.record(event("i" + i));
        }
        await(() -> writer.stats().outage());

        threads.getFirst().interrupt();
        threads.getFirst().join(5_000);
        store.down = false;
        writer.close(Duration.ofSeconds(5));

        assertThat(store.records()).extracting(r -> r.event().argumentsPreview())
                .containsExactlyInAnyOrder("{\"message\":\"i0\"}", "{\"message\":\"i1\"}", "{\"message\":\"i2\"}");
    }

    @Test
    void closeDuringAnOutageReturnsAndRefusesLaterEvents() {
        start(AuditSettings.Durability.BATCHED, 100, 10);
        store.down = true;
        writer.record(event("lost"));

        writer.close(Duration.ofSeconds(2));

        assertThat(store.records()).isEmpty();
        assertThat(writer.record(event("late"))).isCompletedExceptionally();
    }

    @Test
    void aHungStoreHoldsOnePacedCallAndNoMore() throws Exception {
        start(AuditSettings.Durability.BATCHED, 10_000, 100); // paced above 400 queued events
        store.hold();
        writer.record(event("in-flight"));
        store.entered.await(5, TimeUnit.SECONDS); // the writer is stuck in its commit
        long started = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            writer.record(event("n" + i));
        }
        // not a timing assertion: the store is held shut, so a call that waited for it would hang here for 10 s
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(writer.stats().paced()).as("only the first call over the pace waits out the stall").isEqualTo(1);
        assertThat(writer.stats().refused()).isZero();
        assertThat(store.records()).isEmpty();
        store.open();
    }

    @Test
    void aWriterThatFallsBehindPacesCallsInsteadOfRefusingThem() throws Exception {
        // 10 events per batch, a 5 ms commit: the writer takes at most ~2,000 events/s, the caller offers far more
        start(AuditSettings.Durability.BATCHED, 100, 10, Duration.ofSeconds(30)); // paced above 40 queued events
        store.insertMillis = 5;
        int largestBacklog = 0;

        for (int i = 0; i < 400; i++) {
            assertThat(writer.record(event("p" + i))).isCompleted();
            largestBacklog = Math.max(largestBacklog, writer.stats().backlog());
        }

        assertThat(writer.stats().refused()).as("without pacing the 100-event queue overflows").isZero();
        assertThat(writer.stats().paced()).isPositive();
        assertThat(largestBacklog).as("the backlog stays at the pace").isLessThanOrEqualTo(41);
        await(() -> store.records().size() == 400);
        assertThat(store.records()).extracting(r -> r.event().argumentsPreview()).doesNotHaveDuplicates();
    }

    @Test
    void callsAreNotPacedDuringAnOutage() throws Exception {
        start(AuditSettings.Durability.BATCHED, 1_000, 10, Duration.ofSeconds(30)); // paced above 40 queued events
        store.down = true;
        writer.record(event("first"));
        await(() -> writer.stats().outage());

        for (int i = 0; i < 200; i++) {
            assertThat(writer.record(event("o" + i))).isCompleted();
        }

        assertThat(writer.stats().paced()).isZero();
        assertThat(writer.stats().backlog()).isGreaterThan(40);
        store.down = false;
        await(() -> store.records().size() == 201);
    }

    @Test
    void closingReleasesPacedCalls() throws Exception {
        start(AuditSettings.Durability.BATCHED, 100, 10, Duration.ofMinutes(10)); // paced above 40 queued events
        store.hold();
        writer.record(event("in-flight"));
        store.entered.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 40; i++) {
            writer.record(event("q" + i));
        }
        CompletableFuture<CompletableFuture<Void>> paced = CompletableFuture.supplyAsync(() -> writer.record(event("paced")));
        await(() -> writer.stats().paced() == 1);
        assertThat(paced).as("the call waits for a writer that is committing").isNotDone();

        Thread closer = Thread.ofPlatform().start(() -> writer.close(Duration.ofSeconds(5)));

        assertThat(paced.get(5, TimeUnit.SECONDS)).as("the recorder stopped while the call waited")
                .isCompletedExceptionally();
        store.open();
        closer.join(10_000);
        assertThat(store.records()).hasSize(41);
    }
}
