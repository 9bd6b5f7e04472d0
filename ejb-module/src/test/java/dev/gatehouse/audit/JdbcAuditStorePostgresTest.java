package dev.gatehouse.audit;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.postgresql.ds.PGSimpleDataSource;

/** The JDBC store's tests on PostgreSQL, when one runs on 127.0.0.1:5432 (database {@code test}); skipped otherwise. */
class JdbcAuditStorePostgresTest extends JdbcAuditStoreTest {
    private final String schema = "gh_audit_" + Long.toHexString(System.nanoTime());
    private PGSimpleDataSource pg;

    @Override
    DataSource database(Path dir) {
        pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        pg.setConnectTimeout(2);
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            assumeThat(e.getMessage()).as("PostgreSQL on 127.0.0.1:5432/test is not reachable").isNull();
        }
        pg.setCurrentSchema(schema);
        return pg;
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (pg != null) {
            try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
