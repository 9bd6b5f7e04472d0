/**
 * The backend registry: backends as persistent aggregates (name, transport, credential
 * reference, enabled flag), their validation, CRUD and the change events the connector
 * follows. Connections and catalogs are not here (see {@code connector}).
 */
package dev.gatehouse.registry;
