/**
 * The console's backend pages: the list with live status, the register/edit form, one
 * backend's definition, status and catalog, and "try a tool" with a form generated from the
 * tool's input schema. The schema → form model ({@link dev.gatehouse.console.backends.ArgumentForm})
 * and the result view ({@link dev.gatehouse.console.backends.CallOutcome}) are plain Java;
 * the registry, the connector's links and {@link dev.gatehouse.gateway.DirectCalls} do the work.
 * Calls made here are decided by the policies and audited by the gateway, never here.
 */
package dev.gatehouse.console.backends;
