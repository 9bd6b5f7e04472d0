/**
 * The compiler: reference resolution, local-variable rewriting, safety ordering, recursion, conflict and
 * type checks, and the rule tree that the evaluator walks.
 */
package dev.gatehouse.rego.compile;
