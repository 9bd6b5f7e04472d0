package dev.gatehouse.vault;

/**
 * Opens a stored credential for a connection. The vault implements it (as an EJB local
 * business view, so {@code @Inject CredentialLookup} works); the connector calls it when it
 * (re)connects and keeps the material only as long as the connection lives.
 */
public interface CredentialLookup {
    /**
     * The decrypted material of the named credential.
     *
     * @throws UnknownCredentialException when no credential has that name
     */
    CredentialMaterial material(String credentialName);
}
