package dev.gatehouse.policy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The stored policies and their version histories. Every save compiles the source first
 * ({@link CompiledPolicy#compile}); a source that does not compile is rejected with all its
 * errors and nothing is written. A save whose source differs from the current one writes a
 * new version; one that changes nothing writes nothing and fires nothing. Real changes fire
 * {@link PolicyChanged}, which the decision point observes after commit.
 */
@Stateless
public class PolicyStore {
    private static final Logger LOG = Logger.getLogger(PolicyStore.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Event<PolicyChanged> changed;

    public List<StoredPolicy> list() {
        return em.createQuery("select p from Policy p order by p.name", Policy.class).getResultList()
                .stream().map(this::stored).toList();
    }

    /** The enabled policies, in name order: what the decision point compiles. */
    public List<StoredPolicy> enabled() {
        return em.createQuery("select p from Policy p where p.enabled = true order by p.name", Policy.class)
                .getResultList().stream().map(this::stored).toList();
    }

    public Optional<StoredPolicy> find(String name) {
        return Optional.ofNullable(em.find(Policy.class, name)).map(this::stored);
    }

    /** Creates a policy at version 1; the name must be free and the source must compile. */
    public StoredPolicy create(String name, String source, boolean enabled, String author) {
        checkName(name);
        checkSource(name, source);
        if (em.find(Policy.class, name) != null) {
            throw new DuplicatePolicyException(name);
        }
        Policy policy = new Policy(name, source, enabled);
        em.persist(policy);
        em.persist(new PolicyVersion(policy, author(author)));
        em.flush();
        LOG.log(Level.INFO, "policy {0} created ({1})", new Object[]{name, enabled ? "enabled" : "disabled"});
        changed.fire(new PolicyChanged(name));
        return stored(policy);
    }

    /**
     * Changes the source and/or the enabled flag ({@code null} keeps either). A new source
     * must compile and becomes a new version only when it differs.
     */
    public StoredPolicy update(String name, String source, Boolean enabled, String author) {
        Policy policy = load(name);
        boolean any = false;
        if (source != null) {
            checkSource(name, source);
            if (policy.revise(source)) {
                em.persist(new PolicyVersion(policy, author(author)));
                LOG.log(Level.INFO, "policy {0} revised to version {1}", new Object[]{name, policy.currentVersion()});
                any = true;
            }
        }
        if (enabled != null && policy.enabled(enabled)) {
            LOG.log(Level.INFO, "policy {0} {1}", new Object[]{name, enabled ? "enabled" : "disabled"});
            any = true;
        }
        if (any) {
            em.flush();
            changed.fire(new PolicyChanged(name));
        }
        return stored(policy);
    }

    public void delete(String name) {
        Policy policy = load(name);
        em.createQuery("delete from PolicyVersion v where v.policy = :p").setParameter("p", name).executeUpdate();
        em.remove(policy);
        em.flush();
        LOG.log(Level.INFO, "policy {0} deleted", name);
        changed.fire(new PolicyChanged(name));
    }

    /** The version history, oldest first. */
    public List<StoredVersion> versions(String name) {
        load(name);
        return em.createQuery("select v from PolicyVersion v where v.policy = :p order by v.number", PolicyVersion.class)
                .setParameter("p", name).getResultList().stream().map(StoredVersion::of).toList();
    }

    public StoredVersion version(String name, int number) {
        load(name);
        return Optional.ofNullable(em.find(PolicyVersion.class, new PolicyVersion.Key(name, number)))
                .map(StoredVersion::of)
                .orElseThrow(() -> new UnknownPolicyException("'" + name + "' version " + number));
    }

    private Policy load(String name) {
        return Optional.ofNullable(name == null ? null : em.find(Policy.class, name))
                .orElseThrow(() -> new UnknownPolicyException("named '" + name + "'"));
    }

    private StoredPolicy stored(Policy p) {
        PolicyVersion current = em.find(PolicyVersion.class, new PolicyVersion.Key(p.name(), p.currentVersion()));
        String author = current == null ? "unknown" : current.author();
        return new StoredPolicy(p.name(), p.enabled(), p.currentVersion(), p.source(), PolicyVersion.sha256(p.source()),
                author, p.createdAt(), p.updatedAt());
    }

    /** Checks a policy name: 1 to 128 letters, digits, dots, underscores or dashes; not {@code simulate}. */
    public static void checkName(String name) {
        if ("simulate".equals(name)) {
            throw new InvalidPolicyException("name", "'simulate' is reserved (POST /api/v1/policies/simulate)");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidPolicyException("name", "a policy name is 1 to 128 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
    }

    private static void checkSource(String name, String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidPolicyException("source", "the policy source is required");
        }
        if (source.length() > Policy.MAX_SOURCE) {
            throw new InvalidPolicyException("source", "the policy source is longer than " + Policy.MAX_SOURCE + " characters");
        }
        CompiledPolicy.compile(name, 0, source);
    }

    private static String author(String author) {
        return author == null || author.isBlank() ? "unknown" : author;
    }
}
