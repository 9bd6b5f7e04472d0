package dev.gatehouse.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The container's {@link PolicyEngine}: reads {@code gatehouse.policy.*}, compiles the enabled
 * policies on first use and again after every committed {@link PolicyChanged}, and installs
 * them atomically. Only this node's engine is refreshed (several nodes come later).
 */
@ApplicationScoped
public class PolicyDecisions {
    private static final Logger LOG = Logger.getLogger(PolicyDecisions.class.getName());

    @Inject
    PolicyStore store;

    private volatile PolicyEngine engine;

    /** The engine, with the enabled policies loaded. */
    public PolicyEngine engine() {
        PolicyEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    PolicyEngine fresh = new PolicyEngine(readSettings(ConfigProvider.getConfig()));
                    reload(fresh);
                    engine = fresh;
                }
                e = engine;
            }
        }
        return e;
    }

    void onPolicyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PolicyChanged event) {
        PolicyEngine e = engine;
        if (e != null) {
            synchronized (this) {
                reload(e);
            }
        }
    }

    private void reload(PolicyEngine target) {
        List<CompiledPolicy> compiled = new ArrayList<>();
        List<PolicyResult> broken = new ArrayList<>();
        for (StoredPolicy p : store.enabled()) {
            try {
                compiled.add(CompiledPolicy.compile(p.name(), p.version(), p.source()));
            } catch (PolicyCompileException ex) {
                // saving always compiles, so only an engine change gets here; decisions fail closed until it is fixed
                LOG.log(Level.SEVERE, "stored policy {0}@{1} no longer compiles; every decision is denied until it is"
                        + " fixed or disabled: {2}", new Object[]{p.name(), p.version(), ex.errors()});
                broken.add(new PolicyResult(p.name(), p.version(), Optional.empty(), List.of(),
                        Optional.of("the stored policy no longer compiles: " + ex.errors())));
            }
        }
        PolicySet set = target.install(compiled, broken);
        LOG.log(Level.INFO, "policy generation {0}: {1} enabled policies {2}", new Object[]{set.generation(),
                compiled.size(), compiled.stream().map(CompiledPolicy::label).toList()});
    }

    static PolicySettings readSettings(Config config) {
        return new PolicySettings(
                config.getOptionalValue("gatehouse.policy.default", String.class)
                        .map(PolicySettings::parseDefault).orElse(PolicySettings.DEFAULTS.defaultAllow()),
                config.getOptionalValue("gatehouse.policy.timeout", String.class)
                        .map(PolicySettings::parseDuration).orElse(PolicySettings.DEFAULTS.timeout()),
                config.getOptionalValue("gatehouse.policy.max-steps", Long.class).orElse(PolicySettings.DEFAULTS.maxSteps()));
    }
}
