/**
 * Decisions: Rego policies (stored with their version history, compiled by the {@code rego}
 * engine), the policy decision point every request passes before it reaches a backend, and
 * the simulator. Decisions fail closed: an evaluation error or a timeout denies.
 */
package dev.gatehouse.policy;
