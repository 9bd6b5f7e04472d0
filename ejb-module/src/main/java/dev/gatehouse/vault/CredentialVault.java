package dev.gatehouse.vault;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The stored credentials: create, describe, replace and delete them, and open one for a
 * connection ({@link CredentialLookup}). Descriptions never carry secret values; secrets are
 * decrypted only in {@link #material} and {@link #holds}. A credential in use by a backend
 * cannot be deleted, nor changed to a kind that no longer suits that backend's transport.
 * A real change fires {@link CredentialChanged} in the transaction.
 */
@Stateless
@LocalBean
@Local(CredentialLookup.class)
public class CredentialVault implements CredentialLookup {
    private static final Logger LOG = Logger.getLogger(CredentialVault.class.getName());

    @PersistenceContext(unitName = "gatehouse")
    private EntityManager em;

    @Inject
    private VaultKeyring keyring;

    @Inject
    private Event<CredentialChanged> changed;

    public List<CredentialDescription> list() {
        return em.createQuery("select c from Credential c order by c.name", Credential.class).getResultList()
                .stream().map(this::describe).toList();
    }

    public Optional<CredentialDescription> find(String name) {
        return Optional.ofNullable(em.find(Credential.class, name)).map(this::describe);
    }

    /** Stores a new credential; its name must be free. */
    public CredentialDescription create(String name, CredentialKind value) {
        checkName(name);
        if (em.find(Credential.class, name) != null) {
            throw new DuplicateCredentialException(name);
        }
        Credential credential = new Credential(name, value, keyring.cipher());
        try {
            em.persist(credential);
            em.flush();
        } catch (EntityExistsException e) {
            throw new DuplicateCredentialException(name);
        }
        LOG.info(() -> "credential " + name + " (" + value.kind() + ") stored");
        return describe(credential);
    }

    /**
     * Replaces a credential's content. When the content equals what is stored, nothing is
     * written (no re-encryption, no version change).
     */
    public CredentialDescription replace(String name, CredentialKind value) {
        Credential credential = load(name);
        if (!value.kind().equals(credential.kind())) {
            String transport = CredentialKind.transportFor(value.kind());
            for (Object[] user : backendsOf(name)) {
                if (!transport.equals(user[1])) {
                    throw new InvalidCredentialException("kind", "credential '" + name + "' is used by " + user[1]
                            + " backend '" + user[0] + "', which a " + value.kind() + " credential does not suit");
                }
            }
        } else if (holds(credential, value)) {
            return describe(credential);
        }
        credential.replace(value, keyring.cipher());
        em.flush();
        LOG.info(() -> "credential " + name + " replaced (version " + credential.version() + ")");
        changed.fire(new CredentialChanged(name));
        return describe(credential);
    }

    /**
     * Replaces a credential's content by a {@link CredentialRevision}: the secret fields it keeps
     * are carried over from what is stored, so an editor that never sees secrets can change one
     * field, or none, without retyping the others. Then as {@link #replace}.
     */
    public CredentialDescription revise(String name, CredentialRevision revision) {
        if (revision.keep().isEmpty()) {
            return replace(name, revision.alone());
        }
        CredentialKind stored;
        try {
            stored = load(name).open(keyring.cipher());
        } catch (CredentialDecryptionException e) {
            throw new InvalidCredentialException(revision.keep().iterator().next(),
                    "the stored secrets can no longer be decrypted (the master key changed); enter every value again");
        }
        return replace(name, revision.applyTo(stored));
    }

    /**
     * Whether the named credential exists and holds exactly {@code value} (decrypts to compare).
     * A credential that no longer decrypts (the master key changed) does not hold it, so that
     * writing the value again re-seals it under the current key.
     */
    public boolean holds(String name, CredentialKind value) {
        Credential credential = em.find(Credential.class, name);
        return credential != null && holds(credential, value);
    }

    private boolean holds(Credential credential, CredentialKind value) {
        if (!credential.kind().equals(value.kind())) {
            return false;
        }
        try {
            return credential.open(keyring.cipher()).equals(value);
        } catch (CredentialDecryptionException e) {
            LOG.warning(() -> e.getMessage() + "; it will be re-sealed under the current master key");
            return false;
        }
    }

    public void delete(String name) {
        Credential credential = load(name);
        List<String> users = backendsOf(name).stream().map(u -> (String) u[0]).toList();
        if (!users.isEmpty()) {
            throw new CredentialInUseException(name, users);
        }
        em.remove(credential);
        em.flush();
        LOG.info(() -> "credential " + name + " deleted");
    }

    @Override
    public CredentialMaterial material(String credentialName) {
        return load(credentialName).open(keyring.cipher()).material();
    }

    private Credential load(String name) {
        return Optional.ofNullable(em.find(Credential.class, name))
                .orElseThrow(() -> new UnknownCredentialException(name));
    }

    private CredentialDescription describe(Credential c) {
        List<String> users = backendsOf(c.name()).stream().map(u -> (String) u[0]).toList();
        return new CredentialDescription(c.name(), c.kind(), c.settingsMap(), c.secretFields(), users,
                c.version(), c.createdAt(), c.updatedAt());
    }

    private List<Object[]> backendsOf(String credential) {
        return em.createQuery("select b.name, b.transport from Backend b where b.credential = :c order by b.name",
                Object[].class).setParameter("c", credential).getResultList();
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidCredentialException("name", "name must be 1-64 letters, digits, '-' or '_'");
        }
    }
}
