/**
 * The credentials pages: the list of stored credentials (never their secrets) and the form that
 * creates and edits one. Secret fields are write-only: the pages never render a stored or an
 * entered secret value; an empty field when editing keeps the stored value
 * ({@link dev.gatehouse.vault.CredentialVault#revise}). Rules stay in the vault.
 */
package dev.gatehouse.console.credentials;
