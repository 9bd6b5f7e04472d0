package dev.gatehouse.vault;

/**
 * A stored secret could not be decrypted: the master key is not the one it was sealed with,
 * or the stored value was altered. The message names the credential and field, never a value.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class CredentialDecryptionException extends RuntimeException {
    private final String credential;

    public CredentialDecryptionException(String credential, String field, String reason) {
        super("cannot decrypt field '" + field + "' of credential '" + credential + "': " + reason);
        this.credential = credential;
    }

    public String credential() {
        return credential;
    }
}
