package dev.gatehouse.vault;

/**
 * CDI event fired inside the transaction that replaced a credential's content. The registry
 * observes it to mark the backends that use the credential as changed, so their connections
 * pick up the new material.
 *
 * @param name the credential's name
 */
public record CredentialChanged(String name) {
}
