package dev.gatehouse.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway. Migrations common to every vendor live
 * in {@code db/migration/common}; a vendor folder ({@code db/migration/derby},
 * {@code db/migration/postgresql}) is added when it exists. Plain class, so tests run it on
 * an embedded Derby without a container.
 *
 * <p>Each location folder holds an empty {@code flyway.location} file: Liberty's class loader
 * (like WebSphere's) cannot list a folder inside a jar without one.
 */
public final class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies pending migrations and returns the schema version reached. */
    public String migrate() {
        String vendor = vendor();
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
        if (SchemaMigrator.class.getClassLoader().getResource("db/migration/" + vendor) != null) {
            locations.add("classpath:db/migration/" + vendor);
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .callbackLocations(locations.toArray(String[]::new))
                .table("GATEHOUSE_SCHEMA_HISTORY")
                .load();
        if (flyway.info().all().length == 0) {
            throw new IllegalStateException("no database migrations found in " + locations
                    + "; the class loader cannot see them");
        }
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        String version = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "database schema (" + vendor + ") at version " + version
                + ", " + result.migrationsExecuted + " migration(s) applied");
        return version;
    }

    /** {@code derby} or {@code postgresql}, from the JDBC metadata. */
    String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("derby")) {
                return "derby";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalStateException("unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
