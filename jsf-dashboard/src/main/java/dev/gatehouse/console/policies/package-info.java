/**
 * The console's policy pages: the list with enabled toggles, the Rego editor (compile errors on
 * their lines), the version history with a line diff to the previous version, and the
 * simulator. The pages present {@link dev.gatehouse.policy.PolicyStore} and
 * {@link dev.gatehouse.policy.PolicySimulator}; compiling, versioning and deciding stay there.
 * The few pieces of logic of their own ({@link dev.gatehouse.console.policies.LineDiff},
 * {@link dev.gatehouse.console.policies.ArgumentSkeleton}) are plain classes with unit tests.
 */
package dev.gatehouse.console.policies;
