package dev.gatehouse.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Runs the schema migrations at start-up on the non-JTA data source, before anything uses JPA.
 * Every start-up bean that touches the database declares {@code @DependsOn("DatabaseMigrations")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {
    @Resource(lookup = "jdbc/gatehouseNonTx")
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        schemaVersion = new SchemaMigrator(dataSource).migrate();
    }

    /** The schema version reached at start-up. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
