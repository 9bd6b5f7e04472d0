/**
 * The compiler: name resolution and local-variable rewriting, the rule tree, safety ordering and unsafe-variable
 * errors, builtin arity/type/capability checks, recursion checks, rule indexing and METADATA annotations.
 * Everything it produces is immutable once {@link dev.gatehouse.rego.compile.Compiler} returns.
 */
package dev.gatehouse.rego.compile;
