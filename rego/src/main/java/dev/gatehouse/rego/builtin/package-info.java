/**
 * Rego builtin functions: declarations for the type checker ({@link dev.gatehouse.rego.builtin.BuiltinDecl},
 * {@link dev.gatehouse.rego.builtin.Type}), implementations ({@link dev.gatehouse.rego.builtin.Builtin},
 * {@link dev.gatehouse.rego.builtin.Relation}) and the registry with capability profiles
 * ({@link dev.gatehouse.rego.builtin.Builtins}). Errors are worded exactly as OPA words them.
 */
package dev.gatehouse.rego.builtin;
