/**
 * The credential vault: credentials as persistent aggregates whose secret values are
 * encrypted at rest (AES-GCM under the master key), write-only in every API, and opened only
 * for the moment a connection needs them. Nothing here may log or return a secret.
 */
package dev.gatehouse.vault;
