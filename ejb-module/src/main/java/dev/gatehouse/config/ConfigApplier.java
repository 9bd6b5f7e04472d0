package dev.gatehouse.config;

import dev.gatehouse.registry.BackendRegistry;
import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.vault.CredentialVault;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the declarative file named by {@code gatehouse.config} (env {@code GATEHOUSE_CONFIG})
 * at start-up, after the schema migrations, in one transaction: missing entries are created,
 * differing ones updated, equal ones untouched. An invalid file stops the application with a
 * message naming the YAML path. Backends and credentials the file does not mention stay as they are.
 * {@link #reapply()} applies the file again on demand (the admin API's {@code POST /config/apply}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class ConfigApplier {
    private static final Logger LOG = Logger.getLogger(ConfigApplier.class.getName());

    @Inject
    @ConfigProperty(name = "gatehouse.config")
    Optional<String> configFile;

    @EJB
    private BackendRegistry registry;

    @EJB
    private CredentialVault vault;

    private List<ConfigChange> lastApplied = List.of();

    @PostConstruct
    void applyAtStartup() {
        configFile.filter(f -> !f.isBlank()).map(Path::of).ifPresent(file -> {
            try {
                lastApplied = apply(file, System::getenv);
            } catch (ConfigException e) {
                LOG.severe(() -> "the declarative file was not applied: " + e.getMessage());
                throw e;
            }
        });
    }

    /**
     * Applies the configured file again (after it or the environment changed); a file that was
     * already applied yields no change.
     *
     * @throws NoConfigFileException when {@code gatehouse.config} is not set
     */
    public ConfigReport reapply() {
        Path file = configFile.filter(f -> !f.isBlank()).map(Path::of).orElseThrow(NoConfigFileException::new);
        List<ConfigChange> changes = apply(file, System::getenv);
        return new ConfigReport(file.toString(), changes.stream().map(c -> c.action() + " " + c.name()).toList());
    }

    /** Parses and applies one file; returns the changes made (empty when it was already applied). */
    public List<ConfigChange> apply(Path file, Function<String, String> environment) {
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("", "cannot read declarative file " + file + ": " + e.getClass().getSimpleName());
        }
        ConfigDocument document;
        try {
            document = new ConfigParser(environment).parse(yaml);
        } catch (ConfigException e) {
            throw e.in(file.toString());
        }
        var backends = registry.specs().stream().collect(Collectors.toMap(BackendSpec::name, Function.identity()));
        List<ConfigChange> changes = ConfigDiff.between(document, backends, new ConfigDiff.CredentialState() {
            @Override
            public boolean exists(String name) {
                return vault.find(name).isPresent();
            }

            @Override
            public boolean holds(NamedCredential credential) {
                return vault.holds(credential.name(), credential.value());
            }
        });
        for (ConfigChange change : changes) {
            switch (change) {
                case ConfigChange.CreateCredential c -> vault.create(c.credential().name(), c.credential().value());
                case ConfigChange.ReplaceCredential c -> vault.replace(c.credential().name(), c.credential().value());
                case ConfigChange.CreateBackend b -> registry.create(b.spec());
                case ConfigChange.UpdateBackend b -> registry.update(b.spec());
            }
        }
        int unchanged = document.credentials().size() + document.backends().size() - changes.size();
        LOG.info(() -> "declarative file " + file + " applied: " + changes.size() + " change(s), "
                + unchanged + " entr" + (unchanged == 1 ? "y" : "ies") + " unchanged");
        return changes;
    }

    /** The changes the start-up apply made. */
    public List<ConfigChange> lastApplied() {
        return lastApplied;
    }
}
