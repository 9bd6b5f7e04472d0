/**
 * The top-down evaluator: backtracking over compiled bodies with continuation callbacks, the {@code data} document
 * (virtual and base merged), function and builtin calls, {@code with}, budgets, cancellation and traces. All state
 * lives in per-evaluation objects; nothing here is shared between evaluations.
 */
package dev.gatehouse.rego.eval;
