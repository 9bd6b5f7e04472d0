package dev.gatehouse.identity;

import dev.gatehouse.registry.Backend;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The registered agents and their API keys: create, read, update, delete agents; issue, list
 * and revoke keys; install the key the declarative file pre-sets. An agent's backends must be
 * registered when it is saved. Every change fires {@link AgentChanged}, so cached key
 * verifications of that agent end at once on this node. Keys are stored only as hashes.
 */
@Stateless
public class AgentRegistry {
    private static final Logger LOG = Logger.getLogger(AgentRegistry.class.getName());

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Event<AgentChanged> changed;

    public List<AgentSpec> list() {
        return em.createQuery("select a from Agent a order by a.name", Agent.class).getResultList()
                .stream().map(Agent::toSpec).toList();
    }

    public Optional<AgentSpec> find(String name) {
        return Optional.ofNullable(em.find(Agent.class, name)).map(Agent::toSpec);
    }

    public AgentSpec create(AgentSpec spec) {
        checkBackends(spec);
        if (em.find(Agent.class, spec.name()) != null) {
            throw new DuplicateAgentException("an agent named '" + spec.name() + "' already exists");
        }
        Agent agent = new Agent(spec);
        em.persist(agent);
        em.flush();
        LOG.info(() -> "agent " + spec.name() + " registered");
        changed.fire(new AgentChanged(spec.name()));
        return agent.toSpec();
    }

    /** Replaces description, user, backends and enabled flag of the agent named {@code spec.name()}. */
    public AgentSpec update(AgentSpec spec) {
        checkBackends(spec);
        Agent agent = load(spec.name());
        if (agent.update(spec)) {
            em.flush();
            LOG.info(() -> "agent " + spec.name() + " updated to version " + agent.toSpec().version());
            changed.fire(new AgentChanged(spec.name()));
        }
        return agent.toSpec();
    }

    /** Deletes the agent and every key of it. */
    public void delete(String name) {
        Agent agent = load(name);
        em.createQuery("delete from ApiKey k where k.agent = :a").setParameter("a", name).executeUpdate();
        em.remove(agent);
        em.flush();
        LOG.info(() -> "agent " + name + " deleted with its keys");
        changed.fire(new AgentChanged(name));
    }

    /** Issues a new random key; the returned token is the only time the key is seen. */
    public IssuedApiKey issueKey(String agentName, LocalDateTime expiresAtUtc) {
        load(agentName);
        if (expiresAtUtc != null && !expiresAtUtc.isAfter(LocalDateTime.now(ZoneOffset.UTC))) {
            throw new InvalidAgentException("expiresAt", "the expiry must be in the future");
        }
        PresentedKey.Issued issued = PresentedKey.issue();
        ApiKey key = new ApiKey(agentName, issued.key(), false, expiresAtUtc);
        em.persist(key);
        em.flush();
        LOG.info(() -> "API key " + key.id() + " issued for agent " + agentName);
        return new IssuedApiKey(key.describe(), issued.token());
    }

    public List<ApiKeyDescription> keys(String agentName) {
        load(agentName);
        return em.createQuery("select k from ApiKey k where k.agent = :a order by k.createdAt, k.id", ApiKey.class)
                .setParameter("a", agentName).getResultList().stream().map(ApiKey::describe).toList();
    }

    public void revokeKey(String agentName, String keyId) {
        load(agentName);
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.agent().equals(agentName)) {
            throw new UnknownApiKeyException(agentName, keyId);
        }
        em.remove(key);
        em.flush();
        LOG.info(() -> "API key " + keyId + " of agent " + agentName + " revoked");
        changed.fire(new AgentChanged(agentName));
    }

    /** Whether the agent holds exactly this pre-set key (and no other pre-set key). */
    public boolean holdsPresetKey(String agentName, String keyId) {
        List<String> presets = presetIds(agentName);
        return presets.equals(List.of(keyId));
    }

    /**
     * Makes {@code key} the agent's one pre-set key: other pre-set keys of the agent are
     * revoked; keys issued through the API stay.
     */
    public void installPresetKey(String agentName, PresentedKey key) {
        load(agentName);
        ApiKey existing = em.find(ApiKey.class, key.id());
        if (existing != null && !existing.agent().equals(agentName)) {
            throw new DuplicateAgentException("the pre-set key of agent '" + agentName
                    + "' is already the key of agent '" + existing.agent() + "'");
        }
        em.createQuery("delete from ApiKey k where k.agent = :a and k.preset = true and k.id <> :id")
                .setParameter("a", agentName).setParameter("id", key.id()).executeUpdate();
        if (existing == null) {
            em.persist(new ApiKey(agentName, key, true, null));
        }
        em.flush();
        LOG.info(() -> "pre-set API key " + key.id() + " installed for agent " + agentName);
        changed.fire(new AgentChanged(agentName));
    }

    private List<String> presetIds(String agentName) {
        return em.createQuery("select k.id from ApiKey k where k.agent = :a and k.preset = true", String.class)
                .setParameter("a", agentName).getResultList();
    }

    /** The key with that id and its agent, as stored now. */
    public Optional<KeyHolder> holder(String keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Agent.class, key.agent()))
                .map(agent -> new KeyHolder(key.id(), key.hash(), key.expiresAt().orElse(null), agent.toSpec()));
    }

    private Agent load(String name) {
        return Optional.ofNullable(em.find(Agent.class, name)).orElseThrow(() -> new UnknownAgentException(name));
    }

    private void checkBackends(AgentSpec spec) {
        Set<String> backends = spec.backends();
        if (backends == null) {
            return;
        }
        for (String backend : backends) {
            if (em.find(Backend.class, backend) == null) {
                throw new InvalidAgentException("backends", "no backend named '" + backend + "'");
            }
        }
    }
}
