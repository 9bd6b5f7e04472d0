package dev.gatehouse.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides hypothetical requests: the same {@link PolicyInput} and the same
 * {@link PolicySet#evaluate} as enforcement, against the enabled policies, chosen stored ones
 * or unsaved drafts. Nothing reaches a backend and nothing is audited.
 */
@ApplicationScoped
public class PolicySimulator {
    @Inject
    PolicyDecisions decisions;

    @Inject
    PolicyStore store;

    /**
     * @throws PolicyCompileException when a draft does not compile
     * @throws UnknownPolicyException when a chosen stored policy does not exist
     */
    public Evaluation simulate(PolicyInput input, PolicySelection selection) {
        PolicyEngine engine = decisions.engine();
        PolicySet set = switch (selection) {
            case PolicySelection.Enabled enabled -> engine.current();
            case PolicySelection.Stored stored -> {
                List<CompiledPolicy> chosen = new ArrayList<>();
                for (String name : stored.names()) {
                    StoredPolicy p = store.find(name).orElseThrow(() -> new UnknownPolicyException("named '" + name + "'"));
                    chosen.add(CompiledPolicy.compile(p.name(), p.version(), p.source()));
                }
                yield new PolicySet(-1, chosen, engine.settings());
            }
            case PolicySelection.Drafts drafts -> {
                List<CompiledPolicy> compiled = new ArrayList<>();
                for (Map.Entry<String, String> draft : new TreeMap<>(drafts.sources()).entrySet()) {
                    PolicyStore.checkName(draft.getKey());
                    compiled.add(CompiledPolicy.compile(draft.getKey(), 0, draft.getValue()));
                }
                yield new PolicySet(-1, compiled, engine.settings());
            }
        };
        return set.evaluate(input.toValue());
    }
}
