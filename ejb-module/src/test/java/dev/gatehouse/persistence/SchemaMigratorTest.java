package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditIds;
import dev.gatehouse.audit.AuditQuery;
import dev.gatehouse.audit.AuditRecord;
import dev.gatehouse.audit.JdbcAuditStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class SchemaMigratorTest {
    /**
     * What the audit log is indexed by on PostgreSQL: the id (newest first, time ranges,
     * retention) and the three selective filters, newest first. Decision, action and time need
     * no index of their own.
     */
    static final List<String> AUDIT_INDEXES = List.of("AGENT,ID DESC", "BACKEND,TOOL,ID DESC", "ID",
            "USER_NAME,ID DESC");
    /** Derby also has the id descending: it does not read the primary key backwards. */
    static final List<String> AUDIT_INDEXES_DERBY = List.of("AGENT,ID DESC", "BACKEND,TOOL,ID DESC", "ID", "ID DESC",
            "USER_NAME,ID DESC");

    /** The highest migration version on the classpath (common and vendor folders), so a new migration needs no edit here. */
    static final String LATEST = latestVersion();

    @TempDir
    Path dir;

    @Test
    void migratesDerbyAndIsIdempotent() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir.resolve("db").toString());
        derby.setCreateDatabase("create");

        assertThat(new SchemaMigrator(derby).vendor()).isEqualTo("derby");
        assertThat(new SchemaMigrator(derby).migrate()).isEqualTo(LATEST);
        assertThat(new SchemaMigrator(derby).migrate()).isEqualTo(LATEST);
        assertSchemaWorks(derby);
        assertThat(auditIndexes(derby)).isEqualTo(AUDIT_INDEXES_DERBY);
    }

    @Test
    void keepsAnAuditLogWrittenBeforeTheIndexChange() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir.resolve("v30").toString());
        derby.setCreateDatabase("create");
        Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(derby)
                .locations("classpath:db/migration/common").table("GATEHOUSE_SCHEMA_HISTORY").target("30").load()
                .migrate();
        AuditRecord old = new AuditRecord(AuditIds.next(Instant.parse("2026-11-24T10:00:00Z")),
                new AuditEvent(Instant.parse("2026-11-24T10:00:00Z"), "bot", null, "b", "echo", "tools/call", "allow",
                        List.of(), "{}", 3, null, null, List.of(), null));
        new JdbcAuditStore(derby).insert(List.of(old));

        assertThat(new SchemaMigrator(derby).migrate()).isEqualTo(LATEST);

        JdbcAuditStore store = new JdbcAuditStore(derby);
        assertThat(store.query(new AuditQuery("bot", null, null, null, null, null, Instant.parse("2026-11-24T09:00:00Z"),
                Instant.parse("2026-11-24T11:00:00Z"), null, 10, null)).records()).containsExactly(old);
        assertThat(auditIndexes(derby)).isEqualTo(AUDIT_INDEXES_DERBY);
    }

    @Test
    void migratesPostgresqlWhenOneIsRunningLocally() throws Exception {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        pg.setConnectTimeout(2);
        String schema = "gh_migr_" + Long.toHexString(System.nanoTime());
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            assumeThat(e.getMessage()).as("PostgreSQL on 127.0.0.1:5432/test is not reachable").isNull();
        }
        pg.setCurrentSchema(schema);
        try {
            assertThat(new SchemaMigrator(pg).vendor()).isEqualTo("postgresql");
            assertThat(new SchemaMigrator(pg).migrate()).isEqualTo(LATEST);
            assertThat(new SchemaMigrator(pg).migrate()).isEqualTo(LATEST);
            assertSchemaWorks(pg);
            assertThat(auditIndexes(pg)).isEqualTo(AUDIT_INDEXES);
        } finally {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static void assertSchemaWorks(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            var now = new Timestamp(System.currentTimeMillis());
            try (var p = c.prepareStatement("insert into CREDENTIAL values ('c', 'env', '{}', '{}', 1, ?, ?)")) {
                p.setTimestamp(1, now);
                p.setTimestamp(2, now);
                p.executeUpdate();
            }
            try (var p = c.prepareStatement(
                    "insert into BACKEND values ('b', 'stdio', null, 'node', '[]', '{}', 'c', true, 1, ?, ?)")) {
                p.setTimestamp(1, now);
                p.setTimestamp(2, now);
                p.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("select NAME, ENABLED from BACKEND where CREDENTIAL = 'c'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(2)).isTrue();
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate("delete from CREDENTIAL"))
                    .as("a credential in use cannot be deleted").isInstanceOf(SQLException.class);
            s.executeUpdate("insert into AGENT values ('bot', '', null, true, true, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("insert into AGENT_BACKEND values ('bot', 'b')");
            s.executeUpdate("insert into API_KEY values ('k1', 'bot', 'h', false, CURRENT_TIMESTAMP, null, null)");
            s.executeUpdate("delete from AGENT");
            try (ResultSet rs = s.executeQuery("select count(*) from API_KEY")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("an agent's keys go with it").isZero();
            }
        }
    }

    /** The audit table's indexes by their columns, primary key included, sorted; names differ between the databases. */
    private static List<String> auditIndexes(DataSource ds) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            String table = c.getMetaData().storesLowerCaseIdentifiers() ? "audit_record" : "AUDIT_RECORD";
            try (ResultSet rs = c.getMetaData().getIndexInfo(null, c.getSchema(), table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                        columns.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>())
                                .add(rs.getShort("ORDINAL_POSITION") + ":" + rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)
                                        + ("D".equals(rs.getString("ASC_OR_DESC")) ? " DESC" : ""));
                    }
                }
            }
        }
        List<String> indexes = new ArrayList<>();
        for (List<String> index : columns.values()) {
            Collections.sort(index);
            indexes.add(index.stream().map(col -> col.substring(col.indexOf(':') + 1)).collect(Collectors.joining(",")));
        }
        Collections.sort(indexes);
        return indexes;
    }

    private static String latestVersion() {
        try {
            Path dir = Path.of(SchemaMigratorTest.class.getResource("/db/migration").toURI());
            try (var files = java.nio.file.Files.walk(dir)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare)
                        .map(String::valueOf).orElseThrow();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the migrations", e);
        }
    }
}
