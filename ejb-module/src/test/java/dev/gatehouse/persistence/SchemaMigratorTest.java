package dev.gatehouse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class SchemaMigratorTest {
    /** The highest migration version on the classpath, so each area's new migration needs no edit here. */
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

    private static String latestVersion() {
        try {
            Path dir = Path.of(SchemaMigratorTest.class.getResource("/db/migration/common").toURI());
            try (var files = java.nio.file.Files.list(dir)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare)
                        .map(String::valueOf).orElseThrow();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the migrations", e);
        }
    }
}
