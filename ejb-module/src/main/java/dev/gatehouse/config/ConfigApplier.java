package dev.gatehouse.config;

import dev.gatehouse.policy.PolicyStore;
import dev.gatehouse.policy.StoredPolicy;
import dev.gatehouse.identity.AgentRegistry;
import dev.gatehouse.identity.AgentSpec;
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
 * differing ones updated, equal ones untouched (a policy gets a new version only when its
 * source changed). An invalid file stops the application with a message naming the YAML path.
 * Backends, credentials, agents and policies the file does not mention stay as they are.
 * {@link #reapply()} applies the file again on demand (the admin API's {@code POST /config/apply}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class ConfigApplier {
    private static final Logger LOG = Logger.getLogger(ConfigApplier.class.getName());
    /** The author of policy versions the declarative file writes. */
    static final String AUTHOR = "declarative-config";

    @Inject
    @ConfigProperty(name = "gatehouse.config")
    Optional<String> configFile;

    @EJB
    private BackendRegistry registry;

    @EJB
    private CredentialVault vault;

    @EJB
    private PolicyStore policies;

    @EJB
    private AgentRegistry agents;

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
            Path base = file.toAbsolutePath().getParent();
            document = new ConfigParser(environment, relative -> readPolicyFile(base, relative)).parse(yaml);
        } catch (ConfigException e) {
            throw e.in(file.toString());
        }
        var backends = registry.specs().stream().collect(Collectors.toMap(BackendSpec::name, Function.identity()));
        var stored = policies.list().stream().collect(Collectors.toMap(StoredPolicy::name,
                p -> new DeclaredPolicy(p.name(), p.enabled(), p.source())));
        List<ConfigChange> changes = ConfigDiff.between(document, backends, new ConfigDiff.CredentialState() {
            @Override
            public boolean exists(String name) {
                return vault.find(name).isPresent();
            }

            @Override
            public boolean holds(NamedCredential credential) {
                return vault.holds(credential.name(), credential.value());
            }
        }, new ConfigDiff.AgentState() {
            @Override
            public Optional<AgentSpec> agent(String name) {
                return agents.find(name);
            }

            @Override
            public boolean holdsPresetKey(String agent, String keyId) {
                return agents.holdsPresetKey(agent, keyId);
            }
        }, stored);
        for (ConfigChange change : changes) {
            switch (change) {
                case ConfigChange.CreateCredential c -> vault.create(c.credential().name(), c.credential().value());
                case ConfigChange.ReplaceCredential c -> vault.replace(c.credential().name(), c.credential().value());
                case ConfigChange.CreateBackend b -> registry.create(b.spec());
                case ConfigChange.UpdateBackend b -> registry.update(b.spec());
                case ConfigChange.CreateAgent a -> agents.create(a.spec());
                case ConfigChange.UpdateAgent a -> agents.update(a.spec());
                case ConfigChange.InstallPresetKey k -> agents.installPresetKey(k.agent(), k.key());
                case ConfigChange.CreatePolicy p -> policies.create(p.policy().name(), p.policy().source(),
                        p.policy().enabled(), AUTHOR);
                case ConfigChange.UpdatePolicy p -> policies.update(p.policy().name(), p.policy().source(),
                        p.policy().enabled(), AUTHOR);
            }
        }
        int entries = document.credentials().size() + document.backends().size() + document.agents().size()
                + document.policies().size();
        int unchanged = Math.max(0, entries - changes.size());
        LOG.info(() -> "declarative file " + file + " applied: " + changes.size() + " change(s), "
                + unchanged + " entr" + (unchanged == 1 ? "y" : "ies") + " unchanged");
        return changes;
    }

    /** Reads a policy file named relative to the YAML file's directory. */
    static String readPolicyFile(Path base, String relative) {
        Path path = base == null ? Path.of(relative) : base.resolve(relative);
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e.getClass().getSimpleName() + " on " + path, e);
        }
    }

    /** The changes the start-up apply made. */
    public List<ConfigChange> lastApplied() {
        return lastApplied;
    }
}
