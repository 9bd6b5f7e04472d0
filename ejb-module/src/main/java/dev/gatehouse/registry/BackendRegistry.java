package dev.gatehouse.registry;

import dev.gatehouse.vault.Credential;
import dev.gatehouse.vault.CredentialChanged;
import dev.gatehouse.vault.CredentialKind;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The registered backends: create, read, update, delete, enable and disable, with validation
 * (the credential must exist and suit the transport: {@code env} for stdio, {@code bearer} or
 * {@code headers} for http). Every real change fires {@link BackendChanged}; the connector
 * observes it after commit. Calls that change nothing fire nothing and keep the version.
 */
@Stateless
@LocalBean
@Local(BackendSpecSource.class)
public class BackendRegistry implements BackendSpecSource {
    private static final Logger LOG = Logger.getLogger(BackendRegistry.class.getName());

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private Event<BackendChanged> changed;

    @Override
    public List<BackendSpec> specs() {
        return em.createQuery("select b from Backend b order by b.name", Backend.class).getResultList()
                .stream().map(Backend::toSpec).toList();
    }

    @Override
    public Optional<BackendSpec> spec(String name) {
        return Optional.ofNullable(em.find(Backend.class, name)).map(Backend::toSpec);
    }

    /** Registers a new backend; its name must be free. */
    public BackendSpec create(BackendSpec spec) {
        checkCredential(spec);
        if (em.find(Backend.class, spec.name()) != null) {
            throw new DuplicateBackendException(spec.name());
        }
        Backend backend = new Backend(spec);
        try {
            em.persist(backend);
            em.flush();
        } catch (EntityExistsException e) {
            throw new DuplicateBackendException(spec.name());
        }
        LOG.info(() -> "backend " + spec.name() + " registered (" + spec.transport().kind() + ")");
        changed.fire(new BackendChanged(spec.name()));
        return backend.toSpec();
    }

    /** Replaces the transport, credential and enabled flag of the backend named {@code spec.name()}. */
    public BackendSpec update(BackendSpec spec) {
        checkCredential(spec);
        Backend backend = load(spec.name());
        if (backend.update(spec)) {
            em.flush();
            LOG.info(() -> "backend " + spec.name() + " updated to version " + backend.version());
            changed.fire(new BackendChanged(spec.name()));
        }
        return backend.toSpec();
    }

    public BackendSpec enable(String name) {
        return toggle(name, true);
    }

    public BackendSpec disable(String name) {
        return toggle(name, false);
    }

    private BackendSpec toggle(String name, boolean enabled) {
        Backend backend = load(name);
        if (enabled ? backend.enable() : backend.disable()) {
            em.flush();
            LOG.info(() -> "backend " + name + (enabled ? " enabled" : " disabled"));
            changed.fire(new BackendChanged(name));
        }
        return backend.toSpec();
    }

    public void delete(String name) {
        em.remove(load(name));
        em.flush();
        LOG.info(() -> "backend " + name + " deleted");
        changed.fire(new BackendChanged(name));
    }

    /**
     * A credential's content changed: every backend that uses it gets a new version (its
     * connection is stale) and a {@link BackendChanged}, so the connector reconnects it.
     */
    public void onCredentialChanged(@Observes CredentialChanged event) {
        em.createQuery("select b from Backend b where b.credential = :c order by b.name", Backend.class)
                .setParameter("c", event.name()).getResultList().forEach(backend -> {
                    backend.credentialReplaced();
                    em.flush();
                    LOG.info(() -> "backend " + backend.name() + " uses the changed credential " + event.name()
                            + "; now version " + backend.version());
                    changed.fire(new BackendChanged(backend.name()));
                });
    }

    /** The names of the backends that use the named credential, in name order. */
    public List<String> usersOf(String credential) {
        return em.createQuery("select b.name from Backend b where b.credential = :c order by b.name", String.class)
                .setParameter("c", credential).getResultList();
    }

    private Backend load(String name) {
        return Optional.ofNullable(em.find(Backend.class, name)).orElseThrow(() -> new UnknownBackendException(name));
    }

    private void checkCredential(BackendSpec spec) {
        spec.credentialName().ifPresent(name -> {
            Credential credential = em.find(Credential.class, name);
            if (credential == null) {
                throw new InvalidBackendException("credential", "no credential named '" + name + "'");
            }
            String transport = spec.transport().kind();
            if (!CredentialKind.transportFor(credential.kind()).equals(transport)) {
                throw new InvalidBackendException("credential", "credential '" + name + "' is of kind "
                        + credential.kind() + ", which does not suit a " + transport + " backend");
            }
        });
    }
}
