/**
 * Decisions: Rego policies (stored with their version history by {@code PolicyStore}, compiled
 * by the {@code rego} engine into immutable {@code CompiledPolicy}s), the policy decision point
 * ({@code PolicyEngine}, held by {@code PolicyDecisions}) that the gateway's one enforcement point
 * asks before a request reaches a backend, and the simulator, which asks the same
 * {@code PolicySet} with the same {@code PolicyInput}. Decisions fail closed: an evaluation
 * error, an exceeded step budget or deadline denies. Nothing here knows HTTP or JSON-RPC.
 */
package dev.gatehouse.policy;
