package dev.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.persistence.SchemaMigrator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC store against a real embedded Derby migrated by Flyway; {@link JdbcAuditStorePostgresTest}
 * runs the same tests on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcAuditStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00.123Z");

    private DataSource database;
    private JdbcAuditStore store;

    /** The database under test, empty; migrated by the caller. */
    DataSource database(Path dir) throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir.resolve("audit").toString());
        derby.setCreateDatabase("create");
        return derby;
    }

    @BeforeAll
    void migrate(@TempDir Path dir) throws Exception {
        database = database(dir);
        new SchemaMigrator(database).migrate();
    }

    @BeforeEach
    void empty() throws Exception {
        try (var c = database.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM AUDIT_RECORD");
        }
        store = new JdbcAuditStore(database);
    }

    private static AuditEvent event(Instant time, String agent, String tool, String decision, String preview) {
        return new AuditEvent(time, agent, agent + "-user", "everything", tool, "tools/call", decision,
                decision.equals("deny") ? List.of("policy p: echo of a secret") : List.of(), preview, 7, "2025-11-25",
                "sess-1", List.of("p@3"), decision.equals("error") ? "backend timed out" : null);
    }

    private static AuditRecord record(AuditEvent event) {
        return new AuditRecord(AuditIds.next(event.time()), event);
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        AuditEvent event = event(T0, "bot", "echo", "deny", "{\"message\":\"hi\"}");
        AuditRecord record = record(event);

        store.insert(List.of(record));

        assertThat(store.find(record.id())).contains(record);
        assertThat(store.find(AuditIds.next(T0))).isEmpty();
    }

    @Test
    void pagesNewestFirstWithACursor() {
        List<AuditRecord> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(record(event(T0.plusSeconds(i), "bot", "echo", "allow", "{\"n\":" + i + "}")));
        }
        store.insert(all);

        List<AuditRecord> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AuditPage page = store.query(new AuditQuery(null, null, null, null, null, null, null, null, null, 10,
                    cursor == null ? null : AuditCursor.decode(cursor)));
            seen.addAll(page.records());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25);
        assertThat(seen.getFirst().event().argumentsPreview()).isEqualTo("{\"n\":24}");
        assertThat(seen.getLast().event().argumentsPreview()).isEqualTo("{\"n\":0}");
        assertThat(seen).extracting(AuditRecord::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void pagesNewestFirstAcrossGapsOfEverySize() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // PostgreSQL keeps microseconds
        List<Duration> ages = List.of(Duration.ofMinutes(-5), Duration.ofMillis(200), Duration.ofSeconds(20),
                Duration.ofHours(2), Duration.ofDays(40), Duration.ofDays(3 * 365), Duration.ofDays(30 * 365));
        List<AuditRecord> sparse = new ArrayList<>();
        for (Duration age : ages) { // one record in the future (another node's clock), the rest ever older
            sparse.add(record(event(now.minus(age), "sparse", "echo", "allow", "{\"age\":\"" + age + "\"}")));
        }
        List<AuditRecord> busy = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            busy.add(record(event(now.minusMillis(10 * i), "busy", "echo", "allow", "{\"n\":" + i + "}")));
        }
        store.insert(sparse);
        store.insert(busy);

        assertThat(allPages(null, null, 2)).extracting(AuditRecord::id).as("newest first, every record once")
                .containsExactlyElementsOf(java.util.stream.Stream.concat(sparse.stream(), busy.stream())
                        .map(AuditRecord::id).sorted(java.util.Comparator.reverseOrder()).toList());
        assertThat(allPages("sparse", null, 2)).containsExactlyElementsOf(sparse);
        assertThat(allPages("sparse", now.minus(Duration.ofDays(41)), 1)).containsExactlyElementsOf(sparse.subList(0, 5));
        assertThat(allPages("busy", null, 50)).containsExactlyElementsOf(busy);
        assertThat(allPages("nobody", null, 5)).isEmpty();
    }

    /** Every page of a query, followed by its cursors. */
    private List<AuditRecord> allPages(String agent, Instant from, int limit) {
        List<AuditRecord> seen = new ArrayList<>();
        String after = null;
        do {
            AuditPage page = store.query(new AuditQuery(agent, null, null, null, null, null, from, null, null, limit, after));
            assertThat(page.records()).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(page.records());
            after = page.nextCursor() == null ? null : AuditCursor.decode(page.nextCursor());
        } while (after != null);
        return seen;
    }

    @Test
    void filtersByEachField() {
        store.insert(List.of(
                record(event(T0, "bot-a", "echo", "allow", "{\"message\":\"Hello World\"}")),
                record(event(T0.plusSeconds(60), "bot-b", "add", "deny", "{\"a\":1}")),
                record(event(T0.plusSeconds(120), "bot-b", "echo", "error", "{\"message\":\"50%_off\"}"))));

        assertThat(previews(query("agent", "bot-b"))).hasSize(2);
        assertThat(previews(query("user", "bot-a-user"))).containsExactly("{\"message\":\"Hello World\"}");
        assertThat(previews(query("tool", "add"))).containsExactly("{\"a\":1}");
        assertThat(previews(query("decision", "error"))).containsExactly("{\"message\":\"50%_off\"}");
        assertThat(previews(query("backend", "everything"))).hasSize(3);
        assertThat(previews(query("action", "tools/list"))).isEmpty();
        assertThat(previews(query("q", "hello world"))).containsExactly("{\"message\":\"Hello World\"}");
        assertThat(previews(query("q", "SECRET"))).containsExactly("{\"a\":1}");
        assertThat(previews(query("q", "0%_"))).containsExactly("{\"message\":\"50%_off\"}");
        assertThat(previews(query("q", "%"))).containsExactly("{\"message\":\"50%_off\"}");
        assertThat(previews(new AuditQuery(null, null, null, null, null, null, T0.plusSeconds(60), T0.plusSeconds(120),
                null, 50, null))).containsExactly("{\"a\":1}");
    }

    @Test
    void countsRecordsPerMinuteAndDecisionFromTheMinuteOfSince() {
        Instant minute = Instant.parse("2026-11-24T10:00:00Z");
        store.insert(List.of(
                record(event(minute.minusSeconds(1), "bot", "echo", "allow", null)),
                record(event(minute.plusMillis(5), "bot", "echo", "allow", null)),
                record(event(minute.plusSeconds(59), "bot", "echo", "allow", null)),
                record(event(minute.plusSeconds(30), "bot", "echo", "deny", null)),
                record(event(minute.plusSeconds(60), "bot", "echo", "deny", null)),
                record(event(minute.plusSeconds(185), "bot", "echo", "error", null))));

        assertThat(store.countByMinute(minute.plusSeconds(42))).containsExactly(
                new AuditMinuteCount(minute, "allow", 2),
                new AuditMinuteCount(minute, "deny", 1),
                new AuditMinuteCount(minute.plusSeconds(60), "deny", 1),
                new AuditMinuteCount(minute.plusSeconds(180), "error", 1));
        assertThat(store.countByMinute(minute.plusSeconds(240))).isEmpty();
    }

    @Test
    void aTimeRangeIncludesItsStartAndExcludesItsEndToTheMillisecond() {
        Instant from = T0;
        Instant to = T0.plusSeconds(30);
        store.insert(List.of(
                record(event(from.minusMillis(1), "bot", "echo", "allow", "before")),
                record(event(from, "bot", "echo", "allow", "at from")),
                record(event(from.plusMillis(1), "bot", "echo", "allow", "after from")),
                record(event(to.minusMillis(1), "bot", "echo", "allow", "before to")),
                record(event(to, "bot", "echo", "allow", "at to")),
                record(event(to.plusMillis(1), "bot", "echo", "deny", "after to"))));

        assertThat(previews(new AuditQuery(null, null, null, null, null, null, from, to, null, 50, null)))
                .containsExactly("before to", "after from", "at from");
        assertThat(previews(new AuditQuery(null, null, null, null, null, null, from, null, null, 50, null)))
                .containsExactly("after to", "at to", "before to", "after from", "at from");
        assertThat(previews(new AuditQuery(null, null, null, null, null, null, null, to, null, 50, null)))
                .containsExactly("before to", "after from", "at from", "before");
        assertThat(previews(new AuditQuery("bot", null, null, null, "allow", null, from, to.plusMillis(2), null, 50,
                null))).containsExactly("at to", "before to", "after from", "at from");
    }

    @Test
    void aTimeRangePagesWithACursor() {
        List<AuditRecord> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(record(event(T0.plusMillis(i), "bot", "echo", "allow", "n" + i)));
        }
        store.insert(all);

        AuditPage first = store.query(new AuditQuery(null, null, null, null, null, null, T0.plusMillis(5),
                T0.plusMillis(25), null, 12, null));
        AuditPage second = store.query(new AuditQuery(null, null, null, null, null, null, T0.plusMillis(5),
                T0.plusMillis(25), null, 12, AuditCursor.decode(first.nextCursor())));

        assertThat(first.records()).extracting(r -> r.event().argumentsPreview()).startsWith("n24").endsWith("n13");
        assertThat(second.records()).extracting(r -> r.event().argumentsPreview()).startsWith("n12").endsWith("n5")
                .hasSize(8);
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void countsMinutesPastTheFirstHourAndDay() {
        Instant minute = Instant.parse("2026-11-24T10:00:00Z");
        store.insert(List.of(
                record(event(minute.plusSeconds(30), "bot", "echo", "allow", null)),
                record(event(minute.plus(Duration.ofMinutes(61)), "bot", "echo", "allow", null)),
                record(event(minute.plus(Duration.ofMinutes(64)).plusSeconds(59), "bot", "echo", "deny", null)),
                record(event(minute.plus(Duration.ofHours(25)), "bot", "echo", "error", null))));

        assertThat(store.countByMinute(minute)).containsExactly(
                new AuditMinuteCount(minute, "allow", 1),
                new AuditMinuteCount(minute.plus(Duration.ofMinutes(61)), "allow", 1),
                new AuditMinuteCount(minute.plus(Duration.ofMinutes(64)), "deny", 1),
                new AuditMinuteCount(minute.plus(Duration.ofHours(25)), "error", 1));
    }

    @Test
    void keepsTimesInUtcToTheMillisecond() {
        AuditRecord record = record(event(T0, "bot", "echo", "allow", null));
        store.insert(List.of(record));

        assertThat(store.find(record.id()).orElseThrow().event().time()).isEqualTo(T0);
        assertThat(previews(new AuditQuery(null, null, null, null, null, null, T0, T0.plusMillis(1), null, 5, null)))
                .hasSize(1);
    }

    @Test
    void cutsOversizedValuesInsteadOfFailingTheBatch() {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            reasons.add("reason " + i + " " + "x".repeat(100));
        }
        AuditEvent big = new AuditEvent(T0, "a".repeat(400), null, null, "t".repeat(600), "tools/call", "deny", reasons,
                "p".repeat(20_000), 1, null, null, List.of(), "e".repeat(5_000));
        AuditRecord record = record(big);

        store.insert(List.of(record));

        AuditEvent stored = store.find(record.id()).orElseThrow().event();
        assertThat(stored.agent()).hasSize(255);
        assertThat(stored.argumentsPreview()).hasSize(ArgumentRedactor.MAX_CAP);
        assertThat(stored.error()).hasSize(JdbcAuditStore.ERROR_CHARS);
        assertThat(stored.reasons().getFirst()).startsWith("reason 0");
        assertThat(stored.reasons().getLast()).matches("… \\d+ more");
    }

    @Test
    void aFailedBatchStoresNothing() {
        AuditRecord ok = record(event(T0, "bot", "echo", "allow", "{}"));
        try {
            store.insert(List.of(ok, ok));
        } catch (AuditStoreException expected) {
            assertThat(expected.getMessage()).contains("2 audit record(s)");
        }
        assertThat(store.find(ok.id())).isEmpty();
    }

    @Test
    void retentionDeletesOnlyOlderRecordsInBoundedBatches() {
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            records.add(record(event(T0.minus(Duration.ofDays(40)).plusSeconds(i), "old", "echo", "allow", null)));
        }
        for (int i = 0; i < 5; i++) {
            records.add(record(event(T0.minus(Duration.ofDays(1)).plusSeconds(i), "new", "echo", "allow", null)));
        }
        store.insert(records);

        assertThat(store.deleteOlderThan(T0.minus(Duration.ofDays(30)), 10)).isEqualTo(10);
        long deleted = new AuditRetention(store, Duration.ofDays(30), Clock.fixed(T0, ZoneOffset.UTC), 10, 100).prune();

        assertThat(deleted).isEqualTo(35);
        assertThat(store.query(AuditQuery.latest(100)).records()).extracting(r -> r.event().agent())
                .containsOnly("new").hasSize(5);
    }

    @Test
    void retentionOffKeepsEverything() {
        store.insert(List.of(record(event(T0.minus(Duration.ofDays(4000)), "ancient", "echo", "allow", null))));

        assertThat(new AuditRetention(store, Duration.ZERO, Clock.fixed(T0, ZoneOffset.UTC), 10, 10).prune()).isZero();
        assertThat(store.query(AuditQuery.latest(10)).records()).hasSize(1);
    }

    private List<String> previews(AuditQuery query) {
        return store.query(query).records().stream().map(r -> String.valueOf(r.event().argumentsPreview())).toList();
    }

    private static AuditQuery query(String field, String value) {
        return new AuditQuery(field.equals("agent") ? value : null, field.equals("user") ? value : null,
                field.equals("backend") ? value : null, field.equals("tool") ? value : null,
                field.equals("decision") ? value : null, field.equals("action") ? value : null, null, null,
                field.equals("q") ? value : null, 50, null);
    }
}
